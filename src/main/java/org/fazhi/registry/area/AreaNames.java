package org.fazhi.registry.area;

import java.util.Arrays;
import java.util.List;

/** Splits a cell listing area names, as people type them: 「市场监管、商务」, 「市场监管,商务」 or 「市场监管；商务」. */
public final class AreaNames {

    private AreaNames() {
    }

    public static List<String> split(String cell) {
        return Arrays.stream(cell.split("[、,，;；\\s]+")).map(String::strip).filter(name -> !name.isEmpty())
                .distinct().toList();
    }
}
