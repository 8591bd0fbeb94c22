package org.fazhi.disputes.litigation;

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
 * What is registered when the agency is served a complaint: the court, instance and the court's case number (an
 * appeal or retrial names the lower instance's lawsuit), the plaintiff, the defendant agency of the county, the
 * cause (案由), the contested act (and its Fazhi case number when it is one) and the day of service.
 */
public record LawsuitForm(@Nullable String court, @Nullable Instance instance, @Nullable String courtNumber,
                          @Nullable Long priorId, @Nullable PlaintiffKind plaintiffKind,
                          @Nullable String plaintiffName, @Nullable String plaintiffCode, @Nullable Long agencyId,
                          @Nullable String cause, @Nullable String act, @Nullable String caseCode,
                          @Nullable LocalDate servedOn) {

    static final int TEXT_MAX = 2000;

    /** Turns a form into a filing or lists every field's problem; the ID number leaves only encrypted. */
    @Component
    static class Checks {

        private final AgencyDirectory agencies;
        private final CaseDirectory cases;
        private final FieldCipher cipher;
        private final LawsuitRepository repository;

        Checks(AgencyDirectory agencies, CaseDirectory cases, FieldCipher cipher, LawsuitRepository repository) {
            this.agencies = agencies;
            this.cases = cases;
            this.cipher = cipher;
            this.repository = repository;
        }

        Lawsuit.Filing check(SignedInUser user, LawsuitForm f, LocalDate today) {
            List<FieldProblem> problems = new ArrayList<>();
            String court = text(problems, "court", f.court());
            need(problems, "instance", f.instance());
            String number = text(problems, "courtNumber", f.courtNumber());
            if (!number.isEmpty() && repository.courtNumberTaken(user.region().county(), number)) {
                problems.add(FieldProblem.of("courtNumber", "disputes.litigation.courtNumber.taken", number));
            }
            prior(problems, user, f);
            need(problems, "plaintiffKind", f.plaintiffKind());
            Lawsuit.Plaintiff plaintiff = plaintiff(problems, f, text(problems, "plaintiffName", f.plaintiffName()));
            boolean inCounty = f.agencyId() != null && agencies.find(f.agencyId())
                    .filter(a -> user.scope().coversRegion(a.region())).isPresent();
            if (!inCounty) {
                problems.add(FieldProblem.of("agencyId", "disputes.litigation.agencyId.required"));
            }
            String cause = text(problems, "cause", f.cause());
            String act = text(problems, "act", f.act());
            Optional<CaseReference> contested = contested(problems, user, f);
            if (f.servedOn() == null || f.servedOn().isAfter(today)) {
                problems.add(FieldProblem.of("servedOn", "disputes.litigation.servedOn.invalid"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return new Lawsuit.Filing(user.region().county(), court, f.instance(), number,
                    f.instance() == Instance.FIRST ? null : f.priorId(), plaintiff, f.agencyId(), cause, act,
                    contested.map(CaseReference::caseId).orElse(null),
                    contested.map(CaseReference::code).orElse(null), f.servedOn());
        }

        /** An appeal or retrial may name the lower instance's lawsuit: one of the same county and defendant. */
        private void prior(List<FieldProblem> problems, SignedInUser user, LawsuitForm f) {
            if (f.priorId() == null || f.instance() == Instance.FIRST) {
                return;
            }
            boolean known = repository.find(f.priorId()).filter(p -> user.scope().coversRegion(p.filing().county())
                    && f.agencyId() != null && p.filing().agencyId() == f.agencyId()).isPresent();
            if (!known) {
                problems.add(FieldProblem.of("priorId", "disputes.litigation.priorId.unknown"));
            }
        }

        private Lawsuit.Plaintiff plaintiff(List<FieldProblem> problems, LawsuitForm f, String name) {
            String code = f.plaintiffCode() == null ? "" : f.plaintiffCode().strip();
            if (f.plaintiffKind() == PlaintiffKind.PERSON) {
                Optional<String> invalid = code.isEmpty() ? Optional.empty() : IdNumber.validate(code);
                if (invalid.isPresent()) {
                    problems.add(FieldProblem.of("plaintiffCode", invalid.get()));
                }
                if (code.isEmpty() || invalid.isPresent()) {
                    return new Lawsuit.Plaintiff(PlaintiffKind.PERSON, name, null, null, null);
                }
                IdNumber id = IdNumber.of(code);
                return new Lawsuit.Plaintiff(PlaintiffKind.PERSON, name, cipher.encrypt(id.value()), id.masked(),
                        null);
            }
            Optional<String> invalid = code.isEmpty() ? Optional.empty() : CreditCode.validate(code);
            invalid.ifPresent(key -> problems.add(FieldProblem.of("plaintiffCode", key)));
            return new Lawsuit.Plaintiff(PlaintiffKind.ORGANISATION, name, null, null,
                    code.isEmpty() || invalid.isPresent() ? null : CreditCode.of(code).value());
        }

        /** The contested penalty case, when named: a case of the defendant agency in the caller's county. */
        private Optional<CaseReference> contested(List<FieldProblem> problems, SignedInUser user, LawsuitForm f) {
            if (f.caseCode() == null || f.caseCode().isBlank()) {
                return Optional.empty();
            }
            String code = f.caseCode().strip();
            Optional<CaseReference> found = cases.ofCode(code).filter(c -> user.scope().coversRegion(c.county())
                    && f.agencyId() != null && c.agencyId() == f.agencyId());
            if (found.isEmpty()) {
                problems.add(FieldProblem.of("caseCode", "disputes.litigation.caseCode.unknown", code));
            }
            return found;
        }

        private static void need(List<FieldProblem> problems, String field, @Nullable Object value) {
            if (value == null) {
                problems.add(FieldProblem.of(field, "disputes.litigation." + field + ".required"));
            }
        }

        private static String text(List<FieldProblem> problems, String field, @Nullable String value) {
            if (value == null || value.isBlank()) {
                problems.add(FieldProblem.of(field, "disputes.litigation." + field + ".required"));
                return "";
            }
            if (value.strip().length() > TEXT_MAX) {
                problems.add(FieldProblem.of(field, "disputes.litigation.text.too-long", TEXT_MAX));
            }
            return value.strip();
        }
    }
}
