package evradar.extract;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HotSpot does not compile a method whose bytecode exceeds 8,000 bytes (DontCompileHugeMethods), so
 * such a method runs interpreted, several times slower. The cue tables of the extractor are long
 * methods that grow with every rule: this test reads the compiled classes of {@code evradar.extract}
 * and fails when one of their methods passes the limit, which once cost two thirds of the
 * extractor's throughput without any other test noticing.
 */
class CompiledMethodSizeTest {

    /** HotSpot's HugeMethodLimit. */
    private static final int LIMIT = 8000;

    @Test
    void everyExtractorMethodStaysCompilable() throws IOException, URISyntaxException {
        Path root = Path.of(RuleBasedExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("evradar/extract");
        List<String> huge = new ArrayList<>();
        int methods = 0;
        try (Stream<Path> classes = Files.walk(root)) {
            for (Path c : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(c)) {
                    for (String[] m : methodSizes(new DataInputStream(in))) {
                        methods++;
                        if (Integer.parseInt(m[1]) > LIMIT) {
                            huge.add(root.relativize(c) + " " + m[0] + ": " + m[1] + " bytes");
                        }
                    }
                }
            }
        }
        assertTrue(methods > 100, "read only " + methods + " methods under " + root);
        assertTrue(huge.isEmpty(), "methods too large for the JIT (split them): " + huge);
    }

    /** {name, code length} of every method with code, read from a class file (JVMS 4). */
    private static List<String[]> methodSizes(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // a long or double takes two entries
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        skipMembers(in);
        List<String[]> out = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.skipNBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipNBytes(2);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.skipNBytes(4); // max stack, max locals
                    int code = in.readInt();
                    out.add(new String[] {name, Integer.toString(code)});
                    in.skipNBytes(length - 8L);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
        return out;
    }

    private static void skipMembers(DataInputStream in) throws IOException {
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.skipNBytes(6);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.skipNBytes(2);
                in.skipNBytes(in.readInt());
            }
        }
    }
}
