package org.fazhi.inspection.filing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.fazhi.inspection.InspectionProperties;
import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generated annual plan filings (demo county, province-scale data), as agencies would have filed them: most on time
 * by the due day, about one in ten late, one agency and about one in fifty more never; about one in twelve returned
 * once and filed again; each accepted a few days after filing. Nothing happens on or after the day of generation. Every
 * generated filing of a county points at one placeholder document, stored once. Deterministic for the random source.
 */
@Component
public class GeneratedFilings {

    static final String FILED_BY = "数据生成";

    private final StoredFiles files;
    private final InspectionProperties rules;
    private final JdbcClient jdbc;

    GeneratedFilings(StoredFiles files, InspectionProperties rules, JdbcClient jdbc) {
        this.files = files;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /**
     * Files the year's plans of the agencies that may inspect (their items in force), returns how many were filed. A
     * county-year that already has filings (filed by people) is left as it is.
     */
    public int file(RegionCode county, int year, Map<Long, List<Long>> itemsByAgency, LocalDate today,
                    SplittableRandom random) {
        if (jdbc.sql("select exists (select 1 from inspection.plan_filing where region_code = ? and year = ?)")
                .params(county.value(), year).query(Boolean.class).single()) {
            return 0;
        }
        PlanDocument placeholder = placeholder(county);
        LocalDate due = rules.planFilingDue().atYear(year);
        LocalDate opens = LocalDate.of(year, 1, 5);
        int onTimeDays = (int) Math.max(1, ChronoUnit.DAYS.between(opens, due) + 1);
        int neverFiles = random.nextInt(Math.max(1, itemsByAgency.size()));
        int filed = 0;
        int index = 0;
        for (Map.Entry<Long, List<Long>> agency : itemsByAgency.entrySet()) {
            int roll = random.nextInt(100);
            if (index++ == neverFiles || roll < 2 || agency.getValue().isEmpty()) {
                continue;
            }
            LocalDate filedOn = roll < 12 ? due.plusDays(1 + random.nextInt(40)) : opens.plusDays(random.nextInt(onTimeDays));
            if (!filedOn.isBefore(today)) {
                continue;
            }
            int[] planned = {20 + random.nextInt(180), 2 + random.nextInt(18), random.nextInt(5)};
            filed++;
            LocalDate decided = filedOn.plusDays(2 + random.nextInt(10));
            if (random.nextInt(100) < 8 && decided.isBefore(today)) {
                insert(county, agency.getKey(), year, planned, agency.getValue(), placeholder, filedOn, decided,
                        FilingStatus.RETURNED, "检查事项与本单位权责清单不一致，请核对后重新报备");
                filedOn = decided.plusDays(2 + random.nextInt(14));
                decided = filedOn.plusDays(2 + random.nextInt(10));
                if (!filedOn.isBefore(today)) {
                    continue;
                }
            }
            insert(county, agency.getKey(), year, planned, agency.getValue(), placeholder, filedOn,
                    decided.isBefore(today) ? decided : null,
                    decided.isBefore(today) ? FilingStatus.ACCEPTED : FilingStatus.FILED, null);
        }
        return filed;
    }

    /** The county's placeholder document, stored the first time it is needed. */
    private PlanDocument placeholder(RegionCode county) {
        FileOwner owner = FileOwner.of(PlanFilings.DOCUMENT_OWNER, "generated", county);
        return PlanDocument.of(files.ofOwner(owner).stream().findFirst().orElseGet(() -> files.store(owner,
                Upload.of("年度行政检查计划（生成数据）.pdf", placeholderPdf()), PlanFilings.DOCUMENTS, FILED_BY)));
    }

    private void insert(RegionCode county, long agencyId, int year, int[] planned, List<Long> items,
                        PlanDocument document, LocalDate filedOn, @Nullable LocalDate decidedOn, FilingStatus status,
                        @Nullable String reason) {
        jdbc.sql("""
                insert into inspection.plan_filing (region_code, agency_id, year, status, planned_routine,
                       planned_special, planned_higher_special, item_ids, document_file, document_name, document_type,
                       document_size, document_sm3, filed_on, filed_by, decided_by, decided_on, return_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(county.value(), agencyId, year, status.name(), planned[0], planned[1], planned[2],
                        items.toArray(Long[]::new), document.file(), document.name(), document.type().name(), document.size(),
                        document.sm3(), filedOn, FILED_BY, decidedOn == null ? null : "司法局", decidedOn, reason)
                .update();
    }

    /** A one-page PDF saying the document is a placeholder of generated data (ASCII, so no font is needed). */
    static byte[] placeholderPdf() {
        String text = "Generated data: the annual inspection plan document is not part of the demo.";
        String stream = "BT /F1 12 Tf 56 780 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
