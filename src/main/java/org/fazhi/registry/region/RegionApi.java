package org.fazhi.registry.region;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry/regions")
@Tag(name = "行政区划", description = "本县及所辖乡镇（街道）")
class RegionApi {

    record RegionView(String code, String name, RegionKind kind, @Nullable String parentCode, int version) {

        static RegionView of(Region region) {
            return new RegionView(region.code().value(), region.name(), region.kind(),
                    region.parent() == null ? null : region.parent().value(), region.version());
        }
    }

    private final Regions regions;

    RegionApi(Regions regions) {
        this.regions = regions;
    }

    @GetMapping
    @Operation(summary = "本县及所辖乡镇（街道）")
    List<RegionView> list(@AuthenticationPrincipal SignedInUser user) {
        return regions.within(user).stream().map(RegionView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增乡镇（街道），仅系统管理员")
    RegionView add(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody RegionForm form) {
        return RegionView.of(regions.addTownship(user, form));
    }
}
