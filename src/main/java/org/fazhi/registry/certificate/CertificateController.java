package org.fazhi.registry.certificate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.RegistryProperties;
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.area.EnforcementAreas;
import org.fazhi.registry.certificate.AnnualReview.ReviewResult;
import org.fazhi.registry.officer.Officers;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Certificate pages: list with the "needs attention" filters, detail with decisions and 年审, issue form. */
@Controller
@RequestMapping("/registry/certificates")
class CertificateController {

    private final Certificates certificates;
    private final Officers officers;
    private final Agencies agencies;
    private final EnforcementAreas areas;
    private final RegistryProperties rules;
    private final CertificateCheckCodes checkCodes;
    private final Flash flash;

    CertificateController(Certificates certificates, Officers officers, Agencies agencies, EnforcementAreas areas,
                          RegistryProperties rules, CertificateCheckCodes checkCodes, Flash flash) {
        this.checkCodes = checkCodes;
        this.certificates = certificates;
        this.officers = officers;
        this.agencies = agencies;
        this.areas = areas;
        this.rules = rules;
        this.flash = flash;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("kinds", CertificateKind.values());
        model.addAttribute("standings", Standing.values());
        model.addAttribute("areas", areas.all());
        model.addAttribute("today", certificates.today());
        model.addAttribute("canDecide", RegistryPermissions.isBureau(user));
        model.addAttribute("expiringDays", rules.expiringWithinDays());
        model.addAttribute("reviewYear", certificates.reviewYearDue());
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") CertificateFilter search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("agencies", agencies.all(user));
        model.addAttribute("page", certificates.search(user, certificates.searchFor(search), PageRequest.of(page, null)));
        return "registry/certificates";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Certificate certificate = certificates.get(user, id);
        model.addAttribute("certificate", certificate);
        model.addAttribute("officer", officers.get(user, certificate.officerId()));
        model.addAttribute("agency", agencies.get(user, certificate.agencyId()));
        model.addAttribute("reviews", certificates.reviews(id));
        model.addAttribute("results", ReviewResult.values());
        model.addAttribute("checkPath", checkPath(certificate));
        return "registry/certificate";
    }

    /**
     * The QR code to print on the certificate: it opens the public check page. Only for those who may see the
     * certificate; for anyone else it does not exist (404).
     */
    @GetMapping(value = "/{id}/check-code.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> checkCode(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        Certificate certificate = certificates.get(user, id);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(checkPath(certificate)).toUriString();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("执法证核验码-" + certificate.number() + ".png", StandardCharsets.UTF_8).build()
                        .toString())
                .contentType(MediaType.IMAGE_PNG).body(QrImages.png(url));
    }

    private String checkPath(Certificate certificate) {
        return "/public/certificates/" + checkCodes.codeOf(certificate);
    }

    @GetMapping("/new")
    String issueForm(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Long officer,
                     Model model) {
        RegistryPermissions.requireBureau(user, user.region());
        model.addAttribute("form", CertificateForm.empty(officer, certificates.today()));
        model.addAttribute("officers", officers.all(user));
        return "registry/certificate-form";
    }

    @PostMapping
    String issue(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") CertificateForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Certificate certificate = certificates.issue(user, form);
                flash.add(redirect, "registry.certificate.issued", certificate.number());
                return "redirect:/registry/certificates/" + certificate.id();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("officers", officers.all(user));
        return "registry/certificate-form";
    }

    @PostMapping("/{id}/suspend")
    String suspend(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam String reason,
                   RedirectAttributes redirect) {
        flash.add(redirect, "registry.certificate.suspended", certificates.suspend(user, id, reason).number());
        return "redirect:/registry/certificates/" + id;
    }

    @PostMapping("/{id}/reinstate")
    String reinstate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        flash.add(redirect, "registry.certificate.reinstated", certificates.reinstate(user, id).number());
        return "redirect:/registry/certificates/" + id;
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam String reason,
                  RedirectAttributes redirect) {
        flash.add(redirect, "registry.certificate.revoked", certificates.revoke(user, id, reason).number());
        return "redirect:/registry/certificates/" + id;
    }

    @PostMapping("/{id}/reviews")
    String review(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int year,
                  @RequestParam ReviewResult result,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn,
                  @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        certificates.recordReview(user, id, year, result, reviewedOn, note);
        flash.add(redirect, "registry.review.recorded", year);
        return "redirect:/registry/certificates/" + id;
    }
}
