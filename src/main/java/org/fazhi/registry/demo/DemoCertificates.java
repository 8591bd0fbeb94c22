package org.fazhi.registry.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryProperties;
import org.fazhi.registry.certificate.AnnualReview.ReviewResult;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.CertificateForm;
import org.fazhi.registry.certificate.CertificateKind;
import org.fazhi.registry.certificate.Certificates;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerPost;
import org.springframework.stereotype.Component;

/**
 * Certificates of the demo county in the proportions a county sees: most valid and reviewed, some expiring within
 * the month, some expired, suspended or revoked, some with the last 年审 missing, and officers without one.
 */
@Component
class DemoCertificates {

    private final Certificates certificates;
    private final RegistryProperties rules;
    private int serial = 10_000;

    DemoCertificates(Certificates certificates, RegistryProperties rules) {
        this.certificates = certificates;
        this.rules = rules;
    }

    void issueFor(SignedInUser system, Random random, Officer officer, LocalDate today) {
        if (!officer.isActive() || !officer.establishment().isEstablished() || random.nextInt(100) < 9) {
            return;
        }
        CertificateKind kind = officer.post() == OfficerPost.SUPERVISION ? CertificateKind.SUPERVISION
                : CertificateKind.ENFORCEMENT;
        int roll = random.nextInt(100);
        LocalDate issuedOn;
        LocalDate expiresOn = null;
        if (roll < 5) {
            // Expires within the next month.
            expiresOn = today.plusDays(1 + random.nextInt(rules.expiringWithinDays()));
            issuedOn = expiresOn.minusYears(rules.certificateValidityYears()).plusDays(1);
        } else if (roll < 9) {
            // Expired a while ago and never renewed.
            expiresOn = today.minusDays(10 + random.nextInt(300));
            issuedOn = expiresOn.minusYears(rules.certificateValidityYears()).plusDays(1);
        } else {
            issuedOn = today.minusDays(30 + random.nextInt(4 * 365));
        }
        Certificate certificate = certificates.issue(system, new CertificateForm(officer.id(), kind,
                officer.region().county().value() + (serial++), issuedOn, expiresOn, List.of()));
        review(system, random, certificate, today);
        int fate = random.nextInt(100);
        if (certificate.isValidOn(today) && fate < 3) {
            certificates.suspend(system, certificate.id(), "涉嫌违法违纪，接受调查期间暂扣");
        } else if (certificate.isValidOn(today) && fate < 5) {
            certificates.revoke(system, certificate.id(), "调离执法岗位");
        }
    }

    /** Reviews every completed year the certificate was held, leaving about one in ten of the latest undone. */
    private void review(SignedInUser system, Random random, Certificate certificate, LocalDate today) {
        int dueYear = rules.reviewYearDueOn(today);
        for (int year = certificate.issuedOn().getYear() + 1; year <= dueYear; year++) {
            if (year > certificate.expiresOn().getYear() || year == dueYear && random.nextInt(100) < 10) {
                continue;
            }
            LocalDate reviewedOn = LocalDate.of(year + 1, 1, 10).plusDays(random.nextInt(70));
            if (reviewedOn.isAfter(today)) {
                continue;
            }
            certificates.recordReview(system, certificate.id(), year, ReviewResult.PASSED, reviewedOn, null);
        }
    }
}
