package org.fazhi.disclosure;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.fazhi.TestClock;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.casefile.Decisions;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.casefile.SourceKind;
import org.fazhi.entities.EntitiesTestData;
import org.fazhi.entities.PartyKind;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.Party;
import org.fazhi.entities.party.PartyForm;
import org.fazhi.registry.RegistryTestData;
import org.springframework.stereotype.Component;

import static org.fazhi.casework.CaseworkTestData.evidence;
import static org.fazhi.casework.CaseworkTestData.fine;
import static org.fazhi.casework.CaseworkTestData.ordinary;

/**
 * Decisions about a natural person (欧阳娜娜, her ID number, phone and home address in the register and her name and
 * phone in the facts), made through casework's services on a chosen day, as the county makes them.
 */
@Component
public class DisclosureTestData {

    public static final String PERSON = "欧阳娜娜";
    public static final String PHONE = "13812345678";

    /** A decided case and the person it is about. */
    public record Decided(Handling handling, long caseId, String idNumber) {
    }

    private final CaseworkTestData casework;
    private final Parties parties;
    private final PenaltyCases cases;
    private final Investigations investigations;
    private final Decisions decisions;
    private final TestClock clock;

    DisclosureTestData(CaseworkTestData casework, Parties parties, PenaltyCases cases, Investigations investigations,
                       Decisions decisions, TestClock clock) {
        this.casework = casework;
        this.parties = parties;
        this.cases = cases;
        this.investigations = investigations;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The agency's head decides a warning and a fine of {@code fineYuan} against 欧阳娜娜 on {@code day}. */
    public Decided decidedOn(String agencyPrefix, LocalDate day, String fineYuan) {
        return decidedOn(agencyPrefix, day, fineYuan, PERSON);
    }

    /** The same decision against another natural person, named {@code name} in the register and the facts. */
    public Decided decidedOn(String agencyPrefix, LocalDate day, String fineYuan, String name) {
        Handling agency = casework.agency(agencyPrefix);
        String idNumber = EntitiesTestData.personId();
        Party person = parties.register(RegistryTestData.admin(), new PartyForm(PartyKind.PERSON, idNumber, name,
                "410425102", "郏县城关镇人民路8号3单元201室", null, null, false, null, PHONE, null, null, List.of(),
                0));
        Handling h = new Handling(agency.inspecting(), agency.penaltyItem(), person, agency.officer(), agency.head());
        long days = ChronoUnit.DAYS.between(day, LocalDate.now(clock));
        long caseId = clock.earlierBy(Duration.ofDays(days), () -> decide(h, idNumber, fineYuan, name));
        return new Decided(h, caseId, idNumber);
    }

    private long decide(Handling h, String idNumber, String fineYuan, String person) {
        long id = cases.registerClue(h.officer(), new PenaltyCases.ClueForm(SourceKind.COMPLAINT,
                "12345热线" + UUID.randomUUID().toString().substring(0, 6), idNumber, "群众举报无证经营", null),
                UUID.randomUUID().toString()).caseId();
        String facts = "经查，当事人" + person + "在未取得食品经营许可证的情况下经营食品，联系电话" + PHONE + "。";
        cases.fileCase(h.officer(), id, casework.next(id), new PenaltyCases.FilingForm(
                List.of(h.penaltyItem().id()), h.handlers(), facts, cases.today().minusDays(10), false));
        investigations.recordEvidence(h.officer(), id, casework.next(id), evidence());
        investigations.submitForReview(h.officer(), id, casework.next(id), fine(fineYuan, null), ordinary());
        investigations.notifyParty(h.officer(), id, casework.next(id));
        investigations.recordStatement(h.officer(), id, casework.next(id), null, true);
        decisions.decide(h.head(), id, casework.next(id), fine(fineYuan, null));
        return id;
    }
}
