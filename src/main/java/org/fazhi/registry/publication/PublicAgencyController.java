package org.fazhi.registry.publication;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyKind;
import org.fazhi.registry.agency.AgencyRepository;
import org.fazhi.registry.agency.AgencyStatus;
import org.fazhi.registry.area.EnforcementAreas;
import org.fazhi.registry.region.Region;
import org.fazhi.registry.region.RegionRepository;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 执法主体公示, open to everyone: the county's agencies in activity, each with its legal basis, duties and where
 * to complain. Suspended or dissolved agencies and those of other counties answer 404, as if they did not exist.
 */
@Controller
class PublicAgencyController {

    private static final String RECORD_TYPE = "registry.agency";

    private final AgencyRepository agencies;
    private final RegionRepository regions;
    private final EnforcementAreas areas;
    private final RegionCode county;

    PublicAgencyController(AgencyRepository agencies, RegionRepository regions, EnforcementAreas areas,
                           @Value("${fazhi.region-code}") String county) {
        this.agencies = agencies;
        this.regions = regions;
        this.areas = areas;
        this.county = RegionCode.of(county);
    }

    @GetMapping("/public/agencies")
    String list(@RequestParam(required = false) @Nullable String name,
                @RequestParam(required = false) @Nullable AgencyKind kind,
                @RequestParam(required = false) @Nullable String region,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        AgencyRepository.Search search = new AgencyRepository.Search(name, kind, region, AgencyStatus.ACTIVE);
        model.addAttribute("search", search);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("regions", regions.within(county));
        model.addAttribute("regionNames", regionNames());
        model.addAttribute("page", agencies.search(DataScope.ofRegion(county), search, PageRequest.of(page, null)));
        return "registry/public-agencies";
    }

    @GetMapping("/public/agencies/{id}")
    String agency(@PathVariable long id, Model model) {
        Agency agency = published(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        model.addAttribute("agency", agency);
        model.addAttribute("regionNames", regionNames());
        model.addAttribute("areas", areas.all());
        model.addAttribute("entrustedBy", agency.entrustedBy() == null ? null
                : published(agency.entrustedBy()).orElse(null));
        return "registry/public-agency";
    }

    private Optional<Agency> published(long id) {
        return agencies.find(id).filter(agency -> agency.isActive() && county.contains(agency.region()));
    }

    private Map<String, String> regionNames() {
        return regions.within(county).stream()
                .collect(Collectors.toMap(region -> region.code().value(), Region::name, (a, b) -> a));
    }
}
