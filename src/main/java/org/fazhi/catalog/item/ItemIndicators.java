package org.fazhi.catalog.item;

import org.fazhi.platform.Indicator;
import org.fazhi.registry.AgencyDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The item-list indicators (seed requirements §3.2): agencies that have a list (E1), enterprise-related items (E2)
 * and items delegated to the townships or subdistricts (E10), each counted on the period's last day.
 */
@Configuration(proxyBeanMethods = false)
class ItemIndicators {

    @Bean
    Indicator itemListAgenciesIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new ItemTally("ITEM_LIST_AGENCIES", """
                select i.agency_id, 1 as numerator from catalog.item i
                 where %s and i.region_code like :region group by i.agency_id""".formatted(ItemTally.IN_FORCE), jdbc, agencies);
    }

    @Bean
    Indicator enterpriseItemsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new ItemTally("ENTERPRISE_ITEMS", """
                select i.agency_id, count(*) as numerator from catalog.item i
                 where %s and i.region_code like :region and i.enterprise_related
                 group by i.agency_id""".formatted(ItemTally.IN_FORCE), jdbc, agencies);
    }

    @Bean
    Indicator delegatedItemsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new ItemTally("DELEGATED_ITEMS", """
                select i.agency_id, count(*) as numerator from catalog.item i
                 where %s and i.region_code like :region
                   and exists (select 1 from catalog.delegation d where d.item_id = i.id
                                 and d.receiver in ('TOWNSHIPS', 'SUBDISTRICTS') and d.effective_from <= :day)
                 group by i.agency_id""".formatted(ItemTally.IN_FORCE), jdbc, agencies);
    }
}
