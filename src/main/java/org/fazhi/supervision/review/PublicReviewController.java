package org.fazhi.supervision.review;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public verification page of a campaign's draw, open to anyone like the inspection plans': the commitment,
 * the public value, the published directory's digest with its eligible files, the files drawn, and the draw
 * recomputed by {@link SampleVerifier} from the same public record the JSON endpoints give. Only case codes and
 * agencies appear (no parties, no witnesses' or officers' names). A campaign not yet drawn is not found.
 */
@Controller
@RequestMapping("/public/supervision/reviews")
class PublicReviewController {

    /** A line of the directory as the public reads it; {@code position} is its place in the draw, 0 if not drawn. */
    record Listed(String caseCode, String agency, int position) {
    }

    private final ReviewCampaigns campaigns;
    private final AgencyOptions agencies;

    PublicReviewController(ReviewCampaigns campaigns, AgencyOptions agencies) {
        this.campaigns = campaigns;
        this.agencies = agencies;
    }

    @GetMapping("/{id}/verification")
    String verification(@PathVariable long id, Model model) {
        PublishedSample sample = campaigns.publishedSample(id);
        Campaign campaign = campaigns.announced(id);
        Map<Long, String> names = agencies.within(DataScope.ofRegion(campaign.region())).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a));
        List<CaseFileEntry> entries = sample.directory().lines().stream().map(CaseFileEntry::parse).toList();
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < sample.drawn().size(); i++) {
            positions.put(sample.drawn().get(i), i + 1);
        }
        model.addAttribute("campaign", campaign);
        model.addAttribute("sample", sample);
        model.addAttribute("verification", new SampleVerifier().verify(sample));
        model.addAttribute("agencies", campaign.agencyIds().stream()
                .map(agency -> name(names, agency)).toList());
        List<Listed> directory = entries.stream().map(e -> new Listed(e.caseCode(), name(names, e.agencyId()),
                positions.getOrDefault(e.caseId(), 0))).toList();
        model.addAttribute("directory", directory);
        model.addAttribute("drawn", directory.stream().filter(line -> line.position() > 0)
                .sorted(Comparator.comparingInt(Listed::position)).toList());
        return "supervision/public-review";
    }

    private static String name(Map<Long, String> names, long agencyId) {
        return names.getOrDefault(agencyId, Long.toString(agencyId));
    }
}
