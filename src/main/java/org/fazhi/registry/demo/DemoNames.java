package org.fazhi.registry.demo;

import java.util.List;
import java.util.Random;

/** Plausible Chinese personal names for generated officers: common surnames and given-name characters. */
final class DemoNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬建国建华志强文博浩然子涵宇航晓东晓燕海燕春梅冬梅振华永刚新民卫东利民立新国庆鹏飞亚楠雪梅丹丹晨阳佳怡思远俊杰";

    private DemoNames() {
    }

    static String name(Random random) {
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int length = random.nextInt(10) < 3 ? 1 : 2;
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < length; i++) {
            given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return surname + given;
    }

    /** Township names of the demo county, with their kind: 街道 first, then 镇 and 乡. */
    static final List<String> TOWNSHIPS = List.of("龙山街道", "东城街道", "堂街镇", "薛店镇", "冢头镇", "安良镇",
            "黄道镇", "李口镇", "长桥镇", "茨芭镇", "姚庄回族乡", "广阔天地乡", "王集乡", "白庙乡", "渣园乡");

    /** County departments that enforce, with their main enforcement area code. */
    static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"郏县市场监督管理局", "MARKET"}, new String[] {"平顶山市生态环境局郏县分局", "ENVIRONMENT"},
            new String[] {"郏县文化广电和旅游局", "CULTURE_TOURISM"}, new String[] {"郏县交通运输局", "TRANSPORT"},
            new String[] {"郏县农业农村局", "AGRICULTURE"}, new String[] {"郏县应急管理局", "EMERGENCY"},
            new String[] {"郏县卫生健康委员会", "HEALTH"}, new String[] {"郏县自然资源局", "NATURAL_RESOURCES"},
            new String[] {"郏县住房和城乡建设局", "HOUSING"}, new String[] {"郏县城市管理局", "URBAN"},
            new String[] {"郏县水利局", "WATER"}, new String[] {"郏县林业局", "FORESTRY"},
            new String[] {"郏县公安局", "PUBLIC_SECURITY"}, new String[] {"郏县人力资源和社会保障局", "HUMAN_RESOURCES"},
            new String[] {"郏县教育体育局", "EDUCATION"}, new String[] {"郏县民政局", "CIVIL_AFFAIRS"},
            new String[] {"郏县商务局", "COMMERCE"}, new String[] {"国家税务总局郏县税务局", "TAX"},
            new String[] {"郏县统计局", "STATISTICS"}, new String[] {"郏县医疗保障局", "MEDICAL_INSURANCE"},
            new String[] {"郏县消防救援大队", "FIRE"}, new String[] {"郏县发展和改革委员会", "COMMERCE"},
            new String[] {"郏县工业和信息化局", "COMMERCE"}, new String[] {"郏县财政局", "OTHER"},
            new String[] {"郏县司法局", "OTHER"}, new String[] {"郏县退役军人事务局", "OTHER"},
            new String[] {"郏县人民防空办公室", "OTHER"}, new String[] {"郏县烟草专卖局", "MARKET"},
            new String[] {"郏县气象局", "OTHER"}, new String[] {"郏县审计局", "OTHER"});
}
