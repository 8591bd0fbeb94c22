package org.fazhi.inspection.draw;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The public record of one draw (双随机一公开的「公开」): the plan it belongs to, the rules, the seed, the three
 * directories as canonical lines with their digests, and the result. It holds everything needed to recompute the
 * draw, which {@link DrawVerifier} does; its JSON forms are specified in docs/draw-algorithm.md: "fazhi-draw/2" with
 * a {@link CombinedSeed}, and the earlier "fazhi-draw/1" with a {@link SingleSourceSeed}, which stays readable.
 */
public record PublishedDraw(String format, String algorithm, Plan plan, DrawRules rules, DrawSeed seed,
        Directory partyDirectory, Directory inspectorDirectory, Directory conflicts, DrawOutcome result) {

    public static final String FORMAT = "fazhi-draw/2";
    public static final String FORMAT_V1 = "fazhi-draw/1";

    /** The inspection plan the draw was made for (抽查计划), as the public knows it. */
    public record Plan(String code, String name, String region) {

        public Plan {
            if (code == null || code.isBlank() || name == null || name.isBlank()) {
                throw new IllegalArgumentException("抽查计划须有编号和名称");
            }
            if (!Digits.only(region)) {
                throw new IllegalArgumentException("抽查计划的行政区划代码无效：" + region);
            }
        }
    }

    /** One directory as published: its canonical lines, their number and their digest (not checked here). */
    public record Directory(String digest, int count, List<String> lines) {

        public Directory {
            if (digest == null) {
                throw new IllegalArgumentException("名录缺少摘要");
            }
            lines = List.copyOf(lines);
        }

        public static Directory of(List<String> lines) {
            return new Directory(Directories.digest(lines), lines.size(), lines);
        }
    }

    public PublishedDraw {
        if (!FORMAT.equals(format) && !FORMAT_V1.equals(format)) {
            throw new IllegalArgumentException("不是 " + FORMAT_V1 + " 或 " + FORMAT + " 格式的抽查结果：" + format);
        }
        if (seed != null && !format.equals(formatOf(seed))) {
            throw new IllegalArgumentException(format + " 格式的抽查结果不能带这种种子");
        }
        if (algorithm == null || algorithm.isBlank()) {
            throw new IllegalArgumentException("抽查结果未写明抽取算法");
        }
    }

    /** The document for a draw just made: {@code outcome} must be {@code RandomDraw.run(inputs)}. */
    public static PublishedDraw of(Plan plan, DrawSeed seed, DrawInputs inputs, DrawOutcome outcome) {
        if (!seed.value().equals(inputs.seed())) {
            throw new IllegalArgumentException("公布的种子与抽取所用的种子不同");
        }
        return new PublishedDraw(formatOf(seed), RandomDraw.ALGORITHM, plan, inputs.rules(), seed,
                Directory.of(Directories.partyLines(inputs.parties())),
                Directory.of(Directories.inspectorLines(inputs.inspectors())),
                Directory.of(Directories.conflictLines(inputs.conflicts())), outcome);
    }

    /** The format that carries the seed: a combined seed is what "fazhi-draw/2" added. */
    public static String formatOf(DrawSeed seed) {
        return seed instanceof CombinedSeed ? FORMAT : FORMAT_V1;
    }

    /** The draw's inputs read back from the published lines; refuses a line that is not canonical, naming it. */
    public DrawInputs inputs() {
        return new DrawInputs(rules, Directories.parseParties(partyDirectory.lines()),
                Directories.parseInspectors(inspectorDirectory.lines()), Directories.parseConflicts(conflicts.lines()),
                seed.value());
    }

    /** Writes the JSON document as it goes (the lines are not copied again); does not close {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        PublishedDrawWriter.write(this, out);
    }

    /** Reads a JSON document; any problem, malformed JSON or an invalid value, is an IOException saying where. */
    public static PublishedDraw readFrom(InputStream in) throws IOException {
        return PublishedDrawReader.read(in);
    }
}
