package org.fazhi.inspection.draw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier as the public runs it: in a JVM of its own, with nothing but the file. */
class VerifyDrawCommandTests {

    @TempDir
    Path directory;

    private final PublishedDraw draw = DrawFixtures.combined("40417362");

    @Test
    void anotherJvmFindsAnHonestDrawConsistent() throws Exception {
        Path file = directory.resolve("draw.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            draw.writeTo(out);
        }

        Run run = runInNewJvm(file.toString());

        assertThat(run.output()).contains(VerifyDrawCommand.MATCHES);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void anotherJvmFindsAnOldFormatDrawConsistent() throws Exception {
        Path file = Files.writeString(directory.resolve("old.json"),
                OldDocumentsTests.text("fazhi-draw-1-committed.json"));

        Run run = runInNewJvm(file.toString());

        assertThat(run.output()).contains(VerifyDrawCommand.MATCHES);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void anotherJvmFindsATamperedDrawInconsistent() throws Exception {
        Assignment first = draw.result().assignments().get(0);
        String json = PublishedDrawTests.write(draw);
        String honestLine = "{\"party\": " + first.partyId() + ", \"inspectors\": [" + first.officerIds().get(0) + ", "
                + first.officerIds().get(1) + "]}";
        String tamperedLine = "{\"party\": " + first.partyId() + ", \"inspectors\": [" + first.officerIds().get(1) + ", "
                + first.officerIds().get(0) + "]}";
        assertThat(json).contains(honestLine);
        Path file = Files.writeString(directory.resolve("tampered.json"), json.replace(honestLine, tamperedLine));

        Run run = runInNewJvm(file.toString());

        assertThat(run.output()).contains("对象 " + first.partyId() + " 的检查人员不同");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aMissingFileOrWrongUsageExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(OutputStream.nullOutputStream());

        assertThat(VerifyDrawCommand.run(new String[] {directory.resolve("none.json").toString()}, out, errors)).isEqualTo(2);
        assertThat(VerifyDrawCommand.run(new String[0], out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("文件不存在").contains("用法：VerifyDrawCommand");
    }

    @Test
    void aFileThatIsNotADrawExitsWithTwo() throws IOException {
        Path file = Files.writeString(directory.resolve("other.json"), "[1, 2, 3]");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = VerifyDrawCommand.run(new String[] {file.toString()}, new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("无法读取 " + file);
    }

    private record Run(int exitCode, String output) {
    }

    private static Run runInNewJvm(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), VerifyDrawCommand.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("verifier finished").isTrue();
        return new Run(process.exitValue(), output);
    }
}
