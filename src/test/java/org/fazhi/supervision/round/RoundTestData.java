package org.fazhi.supervision.round;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.certificate.CertificateForm;
import org.fazhi.registry.certificate.CertificateKind;
import org.fazhi.registry.certificate.Certificates;
import org.fazhi.registry.officer.Establishment;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerPost;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Rounds for integration tests, made through the real services: a justice bureau with a certified supervisor, the
 * agencies it supervises, a round over them with findings.
 */
@Component
public class RoundTestData {

    /** The justice bureau's supervisor account, with the officer who holds the 监督证. */
    public record Bureau(SignedInUser supervisor, Officer certified) {
    }

    private final RegistryTestData registry;
    private final Certificates certificates;
    private final Rounds rounds;

    RoundTestData(RegistryTestData registry, Certificates certificates, Rounds rounds) {
        this.registry = registry;
        this.certificates = certificates;
        this.rounds = rounds;
    }

    /** A justice bureau whose supervision officer holds a 行政执法监督证 valid for years. */
    public Bureau bureau() {
        Agency bureau = registry.agency("测试司法局");
        Officer officer = registry.officer(bureau, OfficerPost.SUPERVISION, Establishment.CIVIL_SERVANT);
        certificates.issue(RegistryTestData.admin(), new CertificateForm(officer.id(), CertificateKind.SUPERVISION,
                "JD" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999),
                LocalDate.now().minusYears(1), LocalDate.now().plusYears(4), List.of()));
        return new Bureau(RegistryTestData.supervisor(), officer);
    }

    public Agency agency(String prefix) {
        return registry.agency(prefix);
    }

    SupervisionRound round(Bureau bureau, Agency... agencies) {
        return rounds.open(bureau.supervisor(), new RoundForm(RoundKind.ROUTINE, "2026年第四季度常态化监督",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), "行政处罚、行政检查",
                java.util.Arrays.stream(agencies).map(Agency::id).toList(), List.of(bureau.certified().id())));
    }

    long finding(Bureau bureau, SupervisionRound round, Agency agency, String type, String description,
                 String subject) {
        return rounds.recordFinding(bureau.supervisor(), round.id(),
                new Rounds.FindingForm(agency.id(), type, description, subject));
    }

    /** A supervisor of another county: sees nothing of this one. */
    public static SignedInUser supervisorElsewhere() {
        return new SignedInUser(990_001, "test-supervisor-elsewhere", "外县监督员", Role.SUPERVISOR,
                RegionCode.of("410182"), null, null, true, false, false, null);
    }

    /** The text of a .docx as POI reads it. */
    public static String text(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
