#!/usr/bin/env bash
# Installs what the third-party interop test (ThirdPartyClientInteropTest) needs: Confluent's own
# Python client (Debian's python3-confluent-kafka, with python3-requests for its registry client)
# and fastavro, which Debian does not package and which comes from the wheel kept on this kind of
# machine under /opt/pypi/files. Idempotent; runs as root on Debian bookworm.
set -euo pipefail

PYTHON=/usr/bin/python3

if "$PYTHON" -c 'import confluent_kafka, confluent_kafka.schema_registry.avro, fastavro, requests' 2>/dev/null; then
  echo "install-test-deps: confluent_kafka, fastavro and requests already importable"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends python3 python3-confluent-kafka python3-requests python3-pip

if ! "$PYTHON" -c 'import fastavro' 2>/dev/null; then
  shopt -s nullglob
  wheels=(/opt/pypi/files/fastavro-*-cp311-*manylinux*x86_64*.whl)
  if [ ${#wheels[@]} -eq 0 ]; then
    echo "install-test-deps: no fastavro wheel under /opt/pypi/files (fastavro is not a Debian package and PyPI is not reachable)" >&2
    exit 1
  fi
  # The newest wheel on disk, from the disk only: no index, no dependencies (fastavro needs none).
  wheel=$(printf '%s\n' "${wheels[@]}" | sort -V | tail -n 1)
  "$PYTHON" -m pip install --quiet --no-index --no-deps --break-system-packages --root-user-action=ignore "$wheel"
fi

"$PYTHON" -c 'import confluent_kafka, fastavro; print("install-test-deps: confluent_kafka", confluent_kafka.version()[0], "librdkafka", confluent_kafka.libversion()[0], "fastavro", fastavro.__version__)'
