#!/usr/bin/python3
"""Confluent's own Python client (confluent-kafka + fastavro) driven against evradar.

Used by ThirdPartyClientInteropTest to prove that evradar's serde and embedded registry speak the
Confluent wire format and REST API as a real third-party client understands them. Every mode
prints JSON on stdout (records with their Avro field names; timestamps as epoch milliseconds,
enums as symbols) and errors on stderr with a non-zero exit code.

  serialize      --registry URL --topic T --schema-file F --record-file R   -> {"hex": ...}
                 (AvroSerializer registers F under T-value, as a producer would)
  deserialize    --registry URL --topic T --hex H [--schema-file F]          -> the record
                 (AvroDeserializer fetches the writer schema by the id in H; F is a reader schema)
  registry-calls --registry URL --subject S --schema-file F --evolved-file E --incompatible-file I
                 -> what each SchemaRegistryClient call returned, or its error codes
  consume        --bootstrap HOST:PORT --registry URL --topic T --count N [--timeout-s S]
                 [--group G] [--with-key]
                 -> one record per line; read_committed from the earliest offset; tombstones skipped
"""
import argparse
import datetime
import json
import sys
import uuid
from decimal import Decimal

from confluent_kafka import Consumer, KafkaError
from confluent_kafka.schema_registry import Schema, SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.schema_registry.error import SchemaRegistryError
from confluent_kafka.serialization import MessageField, SerializationContext

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def plain(value):
    """fastavro's decoded values as plain JSON: logical types back to what is on the wire."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        return (value - EPOCH) // datetime.timedelta(milliseconds=1)
    if isinstance(value, datetime.date):
        return (value - EPOCH.date()).days
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value


def emit(obj):
    sys.stdout.write(json.dumps(plain(obj), separators=(",", ":")) + "\n")
    sys.stdout.flush()


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def registry(url):
    return SchemaRegistryClient({"url": url})


def value_context(topic):
    return SerializationContext(topic, MessageField.VALUE)


def serialize(args):
    serializer = AvroSerializer(schema_registry_client=registry(args.registry), schema_str=read(args.schema_file))
    record = json.loads(read(args.record_file))
    emit({"hex": serializer(record, value_context(args.topic)).hex()})


def deserialize(args):
    reader = read(args.schema_file) if args.schema_file else None
    deserializer = AvroDeserializer(schema_registry_client=registry(args.registry), schema_str=reader)
    emit(deserializer(bytes.fromhex(args.hex), value_context(args.topic)))


def attempt(call):
    """The call's result, or the registry error it raised, as JSON."""
    try:
        return {"ok": call()}
    except SchemaRegistryError as e:
        return {"http_status": e.http_status_code, "error_code": e.error_code, "message": e.error_message}


def registered(r):
    return {"subject": r.subject, "version": r.version, "id": r.schema_id, "schema": r.schema.schema_str}


def registry_calls(args):
    client = registry(args.registry)
    subject = args.subject
    schema = Schema(read(args.schema_file), "AVRO")
    evolved = Schema(read(args.evolved_file), "AVRO")
    incompatible = Schema(read(args.incompatible_file), "AVRO")
    fresh = SchemaRegistryClient({"url": args.registry})  # no cache: every call goes to the server
    out = {}
    out["subjects_before"] = attempt(lambda: fresh.get_subjects())
    out["latest_missing"] = attempt(lambda: fresh.get_latest_version(subject))
    out["compatible_before_any"] = attempt(lambda: fresh.test_compatibility(subject, schema))
    out["register"] = attempt(lambda: client.register_schema(subject, schema))
    out["register_again"] = attempt(lambda: fresh.register_schema(subject, schema))
    out["register_other_subject"] = attempt(lambda: fresh.register_schema(subject + "-copy", schema))
    out["get_schema"] = attempt(lambda: fresh.get_schema(out["register"]["ok"]).schema_str)
    out["get_schema_unknown"] = attempt(lambda: fresh.get_schema(987654))
    out["lookup"] = attempt(lambda: registered(fresh.lookup_schema(subject, schema)))
    out["lookup_unknown_schema"] = attempt(lambda: registered(fresh.lookup_schema(subject, evolved)))
    out["lookup_unknown_subject"] = attempt(lambda: registered(fresh.lookup_schema("no-such-subject", schema)))
    out["compatible_evolved"] = attempt(lambda: fresh.test_compatibility(subject, evolved))
    out["compatible_incompatible"] = attempt(lambda: fresh.test_compatibility(subject, incompatible))
    out["register_incompatible"] = attempt(lambda: fresh.register_schema(subject, incompatible))
    out["register_evolved"] = attempt(lambda: fresh.register_schema(subject, evolved))
    out["register_invalid"] = attempt(lambda: fresh.register_schema(subject, Schema('{"type": "record"}', "AVRO")))
    out["register_protobuf"] = attempt(lambda: fresh.register_schema(subject, Schema('syntax = "proto3";', "PROTOBUF")))
    out["versions"] = attempt(lambda: fresh.get_versions(subject))
    out["version_1"] = attempt(lambda: registered(fresh.get_version(subject, 1)))
    out["version_missing"] = attempt(lambda: registered(fresh.get_version(subject, 99)))
    out["latest"] = attempt(lambda: registered(fresh.get_latest_version(subject)))
    out["global_level"] = attempt(lambda: fresh.get_compatibility())
    out["subject_level_unset"] = attempt(lambda: fresh.get_compatibility(subject))
    out["set_subject_level"] = attempt(lambda: fresh.set_compatibility(subject, "full"))
    out["subject_level"] = attempt(lambda: fresh.get_compatibility(subject))
    out["set_global_level"] = attempt(lambda: fresh.set_compatibility(level="FORWARD"))
    out["global_level_after"] = attempt(lambda: fresh.get_compatibility())
    out["set_invalid_level"] = attempt(lambda: fresh.set_compatibility(level="SIDEWAYS"))
    out["subjects"] = attempt(lambda: fresh.get_subjects())
    out["delete_subject"] = attempt(lambda: fresh.delete_subject(subject + "-copy"))
    out["subjects_after_delete"] = attempt(lambda: fresh.get_subjects())
    out["get_schema_after_delete"] = attempt(lambda: fresh.get_schema(out["register"]["ok"]).schema_str)
    emit(out)


def consume(args):
    deserializer = AvroDeserializer(schema_registry_client=registry(args.registry))
    consumer = Consumer({
        "bootstrap.servers": args.bootstrap,
        "group.id": args.group,
        "isolation.level": "read_committed",
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
    })
    consumer.subscribe([args.topic])
    read_count = 0
    deadline = datetime.datetime.now() + datetime.timedelta(seconds=args.timeout_s)
    try:
        while read_count < args.count:
            if datetime.datetime.now() > deadline:
                sys.stderr.write("consumed %d of %d records from %s within %s s\n"
                                 % (read_count, args.count, args.topic, args.timeout_s))
                return 2
            message = consumer.poll(0.5)
            if message is None:
                continue
            if message.error():
                if message.error().code() == KafkaError._PARTITION_EOF:
                    continue
                sys.stderr.write("consumer error: %s\n" % message.error())
                return 3
            if message.value() is None:
                continue
            value = deserializer(message.value(), value_context(message.topic()))
            if args.with_key:
                key = message.key().decode("utf-8") if message.key() is not None else None
                emit({"key": key, "value": value})
            else:
                emit(value)
            read_count += 1
    finally:
        consumer.close()
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    modes = parser.add_subparsers(dest="mode", required=True)

    p = modes.add_parser("serialize")
    p.add_argument("--registry", required=True)
    p.add_argument("--topic", required=True)
    p.add_argument("--schema-file", required=True)
    p.add_argument("--record-file", required=True)

    p = modes.add_parser("deserialize")
    p.add_argument("--registry", required=True)
    p.add_argument("--topic", required=True)
    p.add_argument("--hex", required=True)
    p.add_argument("--schema-file")

    p = modes.add_parser("registry-calls")
    p.add_argument("--registry", required=True)
    p.add_argument("--subject", required=True)
    p.add_argument("--schema-file", required=True)
    p.add_argument("--evolved-file", required=True)
    p.add_argument("--incompatible-file", required=True)

    p = modes.add_parser("consume")
    p.add_argument("--bootstrap", required=True)
    p.add_argument("--registry", required=True)
    p.add_argument("--topic", required=True)
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--timeout-s", type=float, default=60.0)
    p.add_argument("--group", default="evradar-interop-python")
    p.add_argument("--with-key", action="store_true")

    args = parser.parse_args()
    handlers = {"serialize": serialize, "deserialize": deserialize,
                "registry-calls": registry_calls, "consume": consume}
    return handlers[args.mode](args) or 0


if __name__ == "__main__":
    sys.exit(main())
