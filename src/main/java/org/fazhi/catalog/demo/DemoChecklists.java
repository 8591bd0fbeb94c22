package org.fazhi.catalog.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fazhi.catalog.checklist.ChecklistForm;
import org.fazhi.catalog.checklist.Checklists;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.identity.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The checklists (检查表单) of the demo book's inspection items, as written in {@code demo/check-points.txt} (its
 * header explains the format), filed through the checklist service. An item's earlier list (2021) lacked the last
 * point that is not a 重点项; its revision copies the earlier checklist and adds that point, so a version's history
 * shows in its checklist too.
 */
@Component
class DemoChecklists {

    private final Checklists checklists;
    private final Map<String, List<ChecklistForm.Row>> book = read();

    DemoChecklists(Checklists checklists) {
        this.checklists = checklists;
    }

    /**
     * Gives the version the book's checklist of its item ({@code complete}) or the earlier one, if the book has one.
     *
     * @return the version's {@code version} afterwards (a checklist change moves it on)
     */
    int file(SignedInUser system, EnforcementItem version, DemoItemBook.Entry entry, boolean complete) {
        List<ChecklistForm.Row> points = book.get(entry.subject());
        if (points == null) {
            return version.version();
        }
        List<ChecklistForm.Row> filed = complete ? points : earlier(points);
        checklists.save(system, version.id(), new ChecklistForm(filed, version.version()));
        return version.version() + 1;
    }

    private static List<ChecklistForm.Row> earlier(List<ChecklistForm.Row> points) {
        List<ChecklistForm.Row> earlier = new ArrayList<>(points);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (!Boolean.TRUE.equals(earlier.get(i).keyPoint())) {
                earlier.remove(i);
                break;
            }
        }
        return earlier;
    }

    /** The book's points by item name; a basis starting with 第 cites the item's first law. */
    private static Map<String, List<ChecklistForm.Row>> read() {
        Map<String, String> firstLaws = new HashMap<>();
        for (DemoItemBook.Department department : DemoItemBook.read()) {
            for (DemoItemBook.Entry entry : department.entries()) {
                firstLaws.putIfAbsent(entry.subject(), entry.bases().get(0)[0]);
            }
        }
        Map<String, List<ChecklistForm.Row>> points = new HashMap<>();
        List<ChecklistForm.Row> current = null;
        String law = "";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DemoChecklists.class.getResourceAsStream("/demo/check-points.txt")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("@")) {
                    current = points.computeIfAbsent(text.substring(1), name -> new ArrayList<>());
                    law = firstLaws.getOrDefault(text.substring(1), "");
                    continue;
                }
                String[] parts = text.split("\\|");
                String basis = parts.length > 2 && parts[2].startsWith("第") ? "《" + law + "》" + parts[2]
                        : parts.length > 2 ? parts[2] : null;
                boolean key = parts.length > 3 && parts[3].equals("*");
                Objects.requireNonNull(current).add(new ChecklistForm.Row(null, null, parts[0], parts[1], basis, key,
                        false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return points;
    }
}
