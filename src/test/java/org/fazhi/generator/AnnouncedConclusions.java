package org.fazhi.generator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.shared.RegionCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every {@link InspectionConcluded} the test context saw published, as a downstream module would receive them. */
@Component
public class AnnouncedConclusions {

    private final List<InspectionConcluded> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InspectionConcluded concluded) {
        seen.add(concluded);
    }

    List<InspectionConcluded> of(RegionCode county) {
        return seen.stream().filter(concluded -> concluded.county().equals(county)).toList();
    }
}
