package org.fazhi.registry.publication;

import java.time.LocalDate;
import java.util.Map;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.agency.AgencyRepository;
import org.fazhi.registry.agency.AgencyStatus;
import org.fazhi.registry.area.EnforcementAreas;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.CertificateCheckCodes;
import org.fazhi.registry.certificate.CertificateRepository;
import org.fazhi.registry.certificate.Certificates;
import org.fazhi.registry.officer.OfficerRepository;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 执法人员公示 and the certificate check (亮证执法), open to everyone. An officer is shown by name, agency,
 * certificate number, areas and whether the certificate is valid today; never the ID number or any phone, which
 * stay in the staff pages. The check page is reached only through a certificate's signed code.
 */
@Controller
class PublicOfficerController {

    private static final String RECORD_TYPE = "registry.certificate";

    private final CertificateRepository certificates;
    private final Certificates decisions;
    private final CertificateCheckCodes checkCodes;
    private final OfficerRepository officers;
    private final AgencyRepository agencies;
    private final EnforcementAreas areas;
    private final RegionCode county;

    PublicOfficerController(CertificateRepository certificates, Certificates decisions,
                            CertificateCheckCodes checkCodes, OfficerRepository officers, AgencyRepository agencies,
                            EnforcementAreas areas, @Value("${fazhi.region-code}") String county) {
        this.certificates = certificates;
        this.decisions = decisions;
        this.checkCodes = checkCodes;
        this.officers = officers;
        this.agencies = agencies;
        this.areas = areas;
        this.county = RegionCode.of(county);
    }

    /** One line of the roster: what may be published about an officer and their certificate. */
    public record RosterLine(String officerName, String agencyName, String certificateNumber, String areas,
                      LocalDate expiresOn, CheckVerdict verdict, String checkCode) {
    }

    @GetMapping("/public/officers")
    String list(@RequestParam(required = false) @Nullable String name,
                @RequestParam(required = false) @Nullable Long agency,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        LocalDate today = decisions.today();
        Map<String, String> areaNames = areas.all();
        Page<RosterLine> roster = certificates.publicRoster(county, name, agency, PageRequest.of(page, null))
                .map(row -> new RosterLine(row.officerName(), row.agencyName(), row.certificate().number(),
                        names(row.certificate(), areaNames), row.certificate().expiresOn(),
                        CheckVerdict.of(row.certificate().standingOn(today)), checkCodes.codeOf(row.certificate())));
        model.addAttribute("name", name);
        model.addAttribute("agency", agency);
        model.addAttribute("agencies", agencies.all(DataScope.ofRegion(county),
                new AgencyRepository.Search(null, null, null, AgencyStatus.ACTIVE)));
        model.addAttribute("today", today);
        model.addAttribute("page", roster);
        return "registry/public-officers";
    }

    /** The page a certificate's QR code opens; an unknown or forged code, or another county's, answers 404. */
    @GetMapping("/public/certificates/{code}")
    String check(@PathVariable String code, Model model) {
        Certificate certificate = checkCodes.certificateOf(code).filter(found -> county.contains(found.region()))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, "check code"));
        LocalDate today = decisions.today();
        model.addAttribute("certificate", certificate);
        model.addAttribute("verdict", CheckVerdict.of(certificate, certificates.reviews(certificate.id()), today));
        model.addAttribute("today", today);
        model.addAttribute("officerName", officers.find(certificate.officerId()).orElseThrow().name());
        model.addAttribute("agency", agencies.find(certificate.agencyId()).orElseThrow());
        model.addAttribute("areas", names(certificate, areas.all()));
        return "registry/public-certificate";
    }

    private static String names(Certificate certificate, Map<String, String> areaNames) {
        return String.join("、", certificate.areas().stream().map(code -> areaNames.getOrDefault(code, code)).toList());
    }
}
