package org.fazhi.entities;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.fazhi.shared.CreditCode;
import org.fazhi.shared.IdNumber;

/** Codes for party tests: valid, and unique within a run so tests sharing the database never collide. */
public final class EntitiesTestData {

    private static final String ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    private EntitiesTestData() {
    }

    /** An enterprise's credit code (91 = enterprise registered with market regulation) in the test county. */
    public static String enterpriseCode() {
        StringBuilder body = new StringBuilder("91410425");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            body.append(ORG_ALPHABET.charAt(random.nextInt(ORG_ALPHABET.length())));
        }
        return body + String.valueOf(CreditCode.checkCharacter(body.toString()));
    }

    /** A person's ID number, born in the 1940s so it never meets an officer's. */
    public static String personId() {
        int serial = SERIAL.incrementAndGet();
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(serial % 3650);
        String body = "410425" + birth.toString().replace("-", "") + String.format("%03d", serial / 3650 % 1000);
        return body + IdNumber.checkCharacter(body);
    }

    /** A trade name unlikely to exist elsewhere in the database. */
    public static String tradeName() {
        String pool = "鑫盛源泰祥瑞丰华宏达恒兴隆昌富茂宇森淼焱垚犇骉";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
        return name.toString();
    }
}
