package org.fazhi.catalog.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fazhi.catalog.ItemCategory;
import org.jspecify.annotations.Nullable;

/**
 * The demo county's item lists as written in {@code demo/catalog-items.txt}: per county department, its items with
 * category, legal bases and marks for delegation and history (the file's header explains the format).
 */
final class DemoItemBook {

    record Department(String name, @Nullable String domain, List<Entry> entries) {
    }

    /** One item; for a penalty {@code subject} is the offence, otherwise the item's name. */
    record Entry(ItemCategory category, String subject, List<String[]> bases, String flags) {

        String name() {
            return category == ItemCategory.PENALTY ? "对" + subject + "的行政处罚" : subject;
        }

        boolean delegatedToTownships() {
            return flags.contains("T");
        }

        boolean delegatedToSubdistricts() {
            return flags.contains("S");
        }

        boolean hasEarlierVersion() {
            return flags.contains("H");
        }

        boolean isWithdrawn() {
            return flags.contains("X");
        }
    }

    private static final Map<String, ItemCategory> CATEGORIES = Map.of("P", ItemCategory.PENALTY,
            "C", ItemCategory.COMPULSION, "I", ItemCategory.INSPECTION, "L", ItemCategory.LICENSING,
            "Z", ItemCategory.LEVY, "G", ItemCategory.PAYMENT, "Q", ItemCategory.CONFIRMATION,
            "J", ItemCategory.REWARD, "A", ItemCategory.ADJUDICATION, "O", ItemCategory.OTHER);

    private DemoItemBook() {
    }

    static List<Department> read() {
        List<Department> departments = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DemoItemBook.class.getResourceAsStream("/demo/catalog-items.txt")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\|");
                if (text.startsWith("@")) {
                    departments.add(new Department(parts[0].substring(1), parts.length > 1 ? parts[1] : null,
                            new ArrayList<>()));
                } else {
                    departments.get(departments.size() - 1).entries().add(entry(parts));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return departments;
    }

    private static Entry entry(String[] parts) {
        StringBuilder flags = new StringBuilder();
        List<String[]> bases = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String part : parts) {
            if (part.startsWith("#")) {
                flags.append(part.substring(1));
            } else {
                fields.add(part);
            }
        }
        for (int i = 2; i + 1 < fields.size(); i += 2) {
            bases.add(new String[] {fields.get(i), fields.get(i + 1)});
        }
        return new Entry(Objects.requireNonNull(CATEGORIES.get(fields.get(0))), fields.get(1), bases, flags.toString());
    }
}
