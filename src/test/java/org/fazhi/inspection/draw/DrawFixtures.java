package org.fazhi.inspection.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Directories and rules for the draw's tests: one small county written out, and random ones for properties. */
final class DrawFixtures {

    static final List<String> TOWNSHIPS = List.of("410425100", "410425101", "410425102", "410425200", "410425201");

    private DrawFixtures() {
    }

    static DrawRules rules(String a, String b, String c, String d, String unrated, int perParty, Integer cap,
            boolean avoidResidence) {
        Map<String, BigDecimal> ratios = new LinkedHashMap<>();
        ratios.put("A", new BigDecimal(a));
        ratios.put("B", new BigDecimal(b));
        ratios.put("C", new BigDecimal(c));
        ratios.put("D", new BigDecimal(d));
        ratios.put("-", new BigDecimal(unrated));
        return new DrawRules(ratios, perParty, cap, avoidResidence);
    }

    /** 300 parties over five townships, 12 inspectors, some living in those townships, two declared conflicts. */
    static DrawInputs county(String seed) {
        List<PartyEntry> parties = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            String grade = PartyEntry.GRADES.get(i % 7 == 0 ? 3 : i % 5 == 0 ? 2 : i % 3 == 0 ? 0 : i % 11 == 0 ? 4 : 1);
            parties.add(new PartyEntry(1000 + i, grade, TOWNSHIPS.get(i % TOWNSHIPS.size())));
        }
        List<InspectorEntry> inspectors = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            inspectors.add(new InspectorEntry(i, 100 + i % 3, "41042500" + i, "执法员" + i));
        }
        List<Conflict> conflicts = List.of(Conflict.livesIn(1, TOWNSHIPS.get(0)), Conflict.livesIn(2, TOWNSHIPS.get(1)),
                Conflict.livesIn(3, TOWNSHIPS.get(1)), Conflict.withParty(4, 1003), Conflict.withParty(5, 1010));
        return new DrawInputs(rules("0.10", "0.10", "0.20", "0.50", "0.10", 2, 10, true), parties, inspectors,
                conflicts, seed);
    }

    /** A secret as a plan seals it: 64 hex digits. */
    static final String SECRET = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    static final String SESSION = "公开抽签会";

    /** What a plan announced on 10 March 2025: a public drawing session on 17 March. */
    static CombinedSeed.Announcement announced(String secret) {
        String reading = "2025-03-17T09:30:00+08:00";
        return new CombinedSeed.Announcement(CombinedSeed.commitmentOf(secret, SESSION, null, reading), SESSION, null,
                "2025-03-10T10:00:00+08:00", reading);
    }

    /** The session's value, entered before two witnesses ten minutes after the session opened. */
    static CombinedSeed.Entry entry(String publicValue) {
        return new CombinedSeed.Entry(publicValue, "bureau.410425", "2025-03-17T09:40:00+08:00",
                List.of("王见证", "李见证"));
    }

    /** The county drawn with the secret and the session's value combined. */
    static PublishedDraw combined(String publicValue) {
        CombinedSeed seed = CombinedSeed.combine(announced(SECRET), SECRET, entry(publicValue));
        return published(county(seed.value()), seed);
    }

    static PublishedDraw published(DrawInputs inputs, DrawSeed seed) {
        return PublishedDraw.of(new PublishedDraw.Plan("SJ-2025-001", "2025年市场监管领域双随机抽查", "410425"), seed,
                inputs, RandomDraw.run(inputs));
    }

    /**
     * A random small directory: up to 120 parties, up to 15 inspectors, random conflicts, ratios and caps (often
     * tight, so parties go unstaffed), given in no particular order.
     */
    static DrawInputs random(long seed) {
        Random random = new Random(seed);
        int townships = 1 + random.nextInt(TOWNSHIPS.size());
        List<PartyEntry> parties = new ArrayList<>();
        int partyCount = random.nextInt(121);
        for (int i = 0; i < partyCount; i++) {
            parties.add(new PartyEntry(1 + random.nextInt(1_000_000) * 1000L + i,
                    PartyEntry.GRADES.get(random.nextInt(5)), TOWNSHIPS.get(random.nextInt(townships))));
        }
        List<InspectorEntry> inspectors = new ArrayList<>();
        int inspectorCount = random.nextInt(16);
        for (int i = 0; i < inspectorCount; i++) {
            inspectors.add(new InspectorEntry(1 + random.nextInt(1000) * 100L + i, 7, "C" + i, "检查员" + i));
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (InspectorEntry inspector : inspectors) {
            if (random.nextInt(3) == 0) {
                conflicts.add(Conflict.livesIn(inspector.officerId(), TOWNSHIPS.get(random.nextInt(townships))));
            }
            for (int c = random.nextInt(4); c > 0 && !parties.isEmpty(); c--) {
                conflicts.add(Conflict.withParty(inspector.officerId(), parties.get(random.nextInt(parties.size())).partyId()));
            }
        }
        String[] ratios = {"0", "0.05", "0.1", "0.25", "0.5", "1"};
        DrawRules rules = rules(ratios[random.nextInt(6)], ratios[random.nextInt(6)], ratios[random.nextInt(6)],
                ratios[random.nextInt(6)], ratios[random.nextInt(6)], 2 + random.nextInt(2),
                random.nextBoolean() ? null : 1 + random.nextInt(6), random.nextBoolean());
        return new DrawInputs(rules, parties, inspectors, conflicts, "random-" + seed);
    }
}
