package org.fazhi.casework.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.NotFound;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.RegionNames;
import org.springframework.stereotype.Component;

/**
 * An agency's abbreviation in its document numbers ({@code 郏市监} in {@code 郏市监罚〔2026〕12号}): the one configured
 * for its full name ({@code fazhi.casework.numbering.agency-abbreviations}), or else one derived from the name and
 * the region it belongs to: the place (the first character of a county, 郏县 → 郏; a township without 镇、乡、街道 and
 * an ethnic name, 姚庄回族乡 → 姚庄) followed by the department's customary short form (市场监督管理 → 市监), or the
 * first two characters of what is left of the name when the department is not one the table knows.
 */
@Component
public class AgencyAbbreviations {

    /** Department name → customary short form, longest names first where one contains another. */
    private static final Map<String, String> DEPARTMENTS = departments(
            "市场监督管理", "市监", "生态环境", "环", "文化广电和旅游", "文旅", "交通运输", "交", "农业农村", "农",
            "应急管理", "应急", "卫生健康", "卫健", "自然资源", "自然资", "住房和城乡建设", "住建", "城市管理", "城管",
            "综合行政执法", "综执", "水利", "水", "林业", "林", "公安", "公", "人力资源和社会保障", "人社",
            "教育体育", "教体", "教育", "教", "民政", "民", "商务", "商", "税务", "税", "统计", "统", "医疗保障", "医保",
            "消防救援", "消", "发展和改革", "发改", "工业和信息化", "工信", "财政", "财", "司法", "司",
            "退役军人事务", "退役", "人民防空", "人防", "烟草专卖", "烟", "气象", "气", "审计", "审");
    private static final Pattern TOWNSHIP = Pattern.compile("^(\\p{IsHan}{2,}?)(\\p{IsHan}{1,4}族)?(镇|乡|街道|苏木)$");
    private static final Pattern GENERIC_ENDING = Pattern.compile("(人民政府|委员会|办公室|总局|分局|大队|中心|局|所|站)+$");

    private final AgencyDirectory agencies;
    private final RegionNames regionNames;
    private final NumberingProperties numbering;

    AgencyAbbreviations(AgencyDirectory agencies, RegionNames regionNames, NumberingProperties numbering) {
        this.agencies = agencies;
        this.regionNames = regionNames;
        this.numbering = numbering;
    }

    public String of(long agencyId) {
        AgencyOptions.Option agency = agencies.find(agencyId).orElseThrow(() -> new NotFound("agency", agencyId));
        return of(agency.name(), regionNames.of(agency.region().value()));
    }

    public String of(String agencyName, String regionName) {
        String configured = numbering.agencyAbbreviations().get(agencyName);
        return configured != null ? configured : derive(agencyName, regionName);
    }

    static String derive(String agencyName, String regionName) {
        String department = agencyName.replace(regionName, "");
        for (Map.Entry<String, String> known : DEPARTMENTS.entrySet()) {
            if (department.contains(known.getKey())) {
                return place(regionName) + known.getValue();
            }
        }
        String rest = GENERIC_ENDING.matcher(department).replaceAll("");
        return place(regionName) + rest.substring(0, Math.min(2, rest.length()));
    }

    private static String place(String regionName) {
        Matcher township = TOWNSHIP.matcher(regionName);
        if (township.matches()) {
            return township.group(1);
        }
        return regionName.isEmpty() ? "" : regionName.substring(0, 1);
    }

    private static Map<String, String> departments(String... pairs) {
        Map<String, String> departments = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            departments.put(pairs[i], pairs[i + 1]);
        }
        return departments;
    }
}
