package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.CaseReference;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.IdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the body records when an application comes in: the day and channel (a green-channel point by name), the
 * applicant, the respondent agency of the county, the contested act (and its Fazhi case number when it is one) and
 * the day the applicant knew of it, with whether the agency explained the right to apply.
 */
public record ApplicationForm(@Nullable LocalDate receivedOn, @Nullable Channel channel, @Nullable String intakePoint,
                              @Nullable ApplicantKind applicantKind, @Nullable String applicantName,
                              @Nullable String applicantCode, @Nullable Long agencyId, @Nullable String act,
                              @Nullable String caseCode, @Nullable LocalDate knewOn,
                              @Nullable Boolean rightExplained) {

    /** Turns a form into an application or lists every field's problem; the ID number leaves only encrypted. */
    @Component
    static class Checks {

        private final AgencyDirectory agencies;
        private final CaseDirectory cases;
        private final FieldCipher cipher;

        Checks(AgencyDirectory agencies, CaseDirectory cases, FieldCipher cipher) {
            this.agencies = agencies;
            this.cases = cases;
            this.cipher = cipher;
        }

        ReconsiderationCase.Application check(SignedInUser user, ApplicationForm f, LocalDate today) {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate received = f.receivedOn() == null ? today : f.receivedOn();
            if (received.isAfter(today)) {
                problems.add(FieldProblem.of("receivedOn", "disputes.reconsideration.date.future"));
            }
            need(problems, "channel", f.channel());
            String point = StepInput.optional(f.intakePoint());
            if (f.channel() == Channel.GREEN_CHANNEL && point == null) {
                problems.add(FieldProblem.of("intakePoint", "disputes.reconsideration.intakePoint.required"));
            }
            need(problems, "applicantKind", f.applicantKind());
            String name = text(problems, "applicantName", f.applicantName());
            ReconsiderationCase.Applicant applicant = applicant(problems, f, name);
            boolean inCounty = f.agencyId() != null && agencies.find(f.agencyId())
                    .filter(a -> user.scope().coversRegion(a.region())).isPresent();
            if (!inCounty) {
                problems.add(FieldProblem.of("agencyId", "disputes.reconsideration.agencyId.required"));
            }
            String act = text(problems, "act", f.act());
            Optional<CaseReference> contested = contested(problems, user, f);
            if (f.knewOn() == null || f.knewOn().isAfter(received)) {
                problems.add(FieldProblem.of("knewOn", "disputes.reconsideration.knewOn.invalid"));
            }
            need(problems, "rightExplained", f.rightExplained());
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return new ReconsiderationCase.Application(user.region().county(), received, f.channel(),
                    f.channel() == Channel.GREEN_CHANNEL ? point : null, applicant, f.agencyId(), act,
                    contested.map(CaseReference::caseId).orElse(null),
                    contested.map(CaseReference::code).orElse(null), f.knewOn(), f.rightExplained());
        }

        private ReconsiderationCase.Applicant applicant(List<FieldProblem> problems, ApplicationForm f, String name) {
            String code = f.applicantCode() == null ? "" : f.applicantCode().strip();
            if (f.applicantKind() == ApplicantKind.PERSON) {
                Optional<String> invalid = code.isEmpty() ? Optional.of("disputes.reconsideration.applicantCode.id")
                        : IdNumber.validate(code);
                if (invalid.isPresent()) {
                    problems.add(FieldProblem.of("applicantCode", invalid.get()));
                    return new ReconsiderationCase.Applicant(ApplicantKind.PERSON, name, null, null, null);
                }
                IdNumber number = IdNumber.of(code);
                return new ReconsiderationCase.Applicant(ApplicantKind.PERSON, name, cipher.encrypt(number.value()),
                        number.masked(), null);
            }
            if (!code.isEmpty() && CreditCode.validate(code).isPresent()) {
                problems.add(FieldProblem.of("applicantCode", CreditCode.validate(code).get()));
            }
            return new ReconsiderationCase.Applicant(ApplicantKind.ORGANISATION, name, null, null,
                    code.isEmpty() || CreditCode.validate(code).isPresent() ? null : CreditCode.of(code).value());
        }

        /** The contested penalty case, when named: a case of the respondent agency in the caller's county. */
        private Optional<CaseReference> contested(List<FieldProblem> problems, SignedInUser user, ApplicationForm f) {
            String code = StepInput.optional(f.caseCode());
            if (code == null) {
                return Optional.empty();
            }
            Optional<CaseReference> found = cases.ofCode(code)
                    .filter(c -> user.scope().coversRegion(c.county()) && c.agencyId() == (f.agencyId() == null
                            ? -1 : f.agencyId()));
            if (found.isEmpty()) {
                problems.add(FieldProblem.of("caseCode", "disputes.reconsideration.caseCode.unknown", code));
            }
            return found;
        }

        private static void need(List<FieldProblem> problems, String field, @Nullable Object value) {
            if (value == null) {
                problems.add(FieldProblem.of(field, "disputes.reconsideration." + field + ".required"));
            }
        }

        private static String text(List<FieldProblem> problems, String field, @Nullable String value) {
            try {
                return StepInput.required(field, value);
            } catch (InvalidInput invalid) {
                problems.addAll(invalid.problems());
                return "";
            }
        }
    }
}
