-- PortalSearchBenchmark's generator: published decisions numbered :first..:last (case ids from 2,000,000,000 up),
-- each a redacted decision of 1,000-2,000 characters assembled from varied parts (parties, townships, villages,
-- items with their facts, laws and penalties, evidence, discretion), for the agencies in :agencies, decided over
-- the three years before the day of the load; every :counties-th decision is the measured county's (410425, its
-- agencies), the others are spread over :counties - 1 other counties (4200xx) as a province's table holds them (published five days after, in their 3-year period for at least four
-- days more: every generated decision is live). Deterministic for a day: the parts are chosen by hashing the number.
with parts as (
  select array['龙山街道','东城街道','堂街镇','薛店镇','冢头镇','安良镇','黄道镇','李口镇','长桥镇','茨芭镇','姚庄回族乡','广阔天地乡','王集乡','白庙乡','渣园乡'] as towns,
         array['前营','后营','张庄','李湾','王寨','刘沟','陈岗','杨楼','赵河','孙店','周庄','吴洼','郑桥','冯村','许庙','何湾','吕庄','施营','罗岗','高楼','林场','马岭','梁洼','宋寨','唐庄','韩店','曹湾','邓岗','萧庄','程楼'] as villages,
         array['金','福','鑫','盛','华','兴','隆','源','祥','瑞','德','顺','发','达','恒','泰','和','安','康','宏','伟','昌','永','丰','旺','佳','美','新','利','通','聚','豪','成','嘉','益','富','荣','鸿','凯','润','博','信','诚','天','宇','明','辉','锦','汇','众','联','创','惠','乐','家','百','万','千','一','品'] as marks,
         array['超市','便利店','饭店','餐馆','药店','五金店','加油站','诊所','网吧','理发店','汽修厂','建材商行','农资店','烟酒店','养殖场','砖厂','物流有限公司','培训学校','歌厅','宾馆','食品厂','面粉厂','服装店','手机店','水果店','肉食店','粮油店','茶叶店','家具厂','印刷厂'] as kinds,
         array['对未取得食品经营许可从事食品经营活动的行政处罚','对经营超过保质期食品的行政处罚','对未按规定公示营业执照的行政处罚','对销售不符合安全标准农药的行政处罚','对未取得排污许可证排放污染物的行政处罚','对违规存放危险化学品的行政处罚','对未按规定配备消防设施的行政处罚','对擅自占用城市道路经营的行政处罚','对违法建设的行政处罚','对无证运输的行政处罚','对超限运输的行政处罚','对未成年人进入营业性娱乐场所的行政处罚'] as items,
         array['在未取得食品经营许可证的情况下从事食品经营活动，现场查获散装熟食若干','经营超过保质期的食品，货架上摆放已过保质期的饮料和糕点','未在经营场所醒目位置公示营业执照','销售的农药经抽样检验不符合国家标准，有效成分含量不足','未取得排污许可证，将生产废水直接排入附近沟渠','在仓库内违规存放液化石油气钢瓶和油漆等危险化学品','经营场所未按规定配备灭火器，安全出口被货物堵塞','擅自占用城市道路摆放商品和桌椅经营，影响通行','未取得建设工程规划许可证，擅自在院内加盖彩钢瓦房屋','未取得道路运输经营许可，擅自从事货物运输经营','驾驶货车超限运输，车货总重超过规定标准','允许未成年人进入营业性歌舞娱乐场所'] as facts,
         array['《中华人民共和国食品安全法》第三十五条第一款','《中华人民共和国食品安全法》第三十四条第十项','《中华人民共和国市场主体登记管理条例》第三十六条','《农药管理条例》第二十七条','《中华人民共和国水污染防治法》第二十一条','《危险化学品安全管理条例》第二十四条','《中华人民共和国消防法》第十六条','《城市道路管理条例》第二十七条','《中华人民共和国城乡规划法》第四十条','《中华人民共和国道路运输条例》第二十四条','《公路安全保护条例》第三十五条','《娱乐场所管理条例》第二十三条'] as laws,
         array['张','王','李','赵','刘','陈','杨','黄','周','吴','徐','孙','马','朱','胡','郭','何','林','高','罗','欧阳','司马'] as surnames,
         array['现场检查笔录一份','询问笔录两份','现场照片十二张','营业执照复印件一份','当事人身份证复印件一份','抽样检验报告一份','进货票据复印件五张','销售记录一份','视听资料光盘一张','证人证言一份','责令改正通知书一份','先行登记保存物品清单一份','检测报告一份','现场勘验图一份'] as evidence,
         array['当事人系初次违法，违法行为持续时间较短，且能够积极配合调查，如实陈述违法事实','当事人违法行为持续时间较长，经责令改正后仍未改正','当事人主动消除违法行为危害后果，并提供了相关证明材料','当事人违法所得数额较小，社会危害程度较轻','当事人曾因同类违法行为受到行政处罚，属于再次违法','当事人在调查期间拒不配合，隐匿有关证据材料'] as reasons,
         array['给予警告','罚款人民币五千元','没收违法所得并处罚款','没收违法经营的食品和用于违法经营的工具、设备','责令停产停业整顿','暂扣许可证件三个月','罚款人民币两万元','给予警告并处罚款人民币二千元'] as penalties,
         array['WARNING','FINE','WARNING,FINE','CONFISCATE_GAINS,FINE','CONFISCATE_PROPERTY','ORDER_SUSPENSION','SUSPEND_LICENCE','FINE'] as kinds_code
), decision as (
  select i, p.*, abs(hashint4(i)) as h1, abs(hashint4(i + 7919)) as h2, abs(hashint4(i + 104729)) as h3,
         abs(hashint4(i + 1299709)) as h4,
         case when i % :counties = 0 then (:agencies::bigint[])[1 + abs(hashint4(i + 15485863)) % cardinality(:agencies::bigint[])]
              else 1000000000 + i % :counties end as agency,
         case when i % :counties = 0 then '410425' else (420000 + i % :counties)::text end as region,
         current_date - 6 - abs(hashint4(i + 32452843)) % 1090 as decided
    from generate_series(:first::int, :last::int) as i, parts p
), texts as (
  select d.*, d.items[1 + h1 % 12] as item, d.h1 % 12 as kind,
         d.marks[1 + h2 % 60] || d.marks[1 + h3 % 60] || d.kinds[1 + h4 % 30] as shop,
         d.towns[1 + h2 % 15] as town, d.villages[1 + h3 % 30] as village,
         d.surnames[1 + h4 % 22] || case when h1 % 3 = 0 then '某某' else '某' end as person,
         1 + (h3 / 31) % 8 as penalty
    from decision d
)
insert into disclosure.publication (case_id, decision_number, agency_id, region_code, decided_on, due_on, state,
       decision_kind, party_name, natural_person, minor, penalties, fine_fen, items, sections, original_text, spans,
       redacted_text, published_at, published_by, published_on, expires_on)
select 2000000000 + i, '郏' || left(town, 2) || '罚〔' || extract(year from decided) || '〕' || (i % 9973 + 1) || '号',
       agency, region, decided, decided + 9, 'PUBLISHED', 'PENALTY', person, h1 % 3 <> 1, false,
       kinds_code[penalty], case when kinds_code[penalty] like '%FINE%' then (1 + h2 % 200) * 10000 else 0 end, item,
       jsonb_build_array(jsonb_build_object('heading', '全文', 'text', body)), body, '[]', body,
       decided + 5, 'bench', decided + 5, decided + 5 + 1095
  from texts, lateral (select
       '当事人名称：' || case when h1 % 3 = 1 then '郏县' || shop else person end
       || E'\n法定代表人（负责人）：' || person
       || E'\n违法事实：' || extract(year from decided) || '年' || extract(month from decided) || '月'
       || extract(day from decided) || '日，执法人员对当事人位于' || town || village || '村的' || shop
       || '进行检查，发现当事人' || facts[1 + kind] || '。经查，' || facts[1 + (kind + h3) % 12] || '，'
       || '涉案货值金额' || (h2 % 900 + 100) || '元，违法所得' || (h3 % 500 + 20) || '元。'
       || repeat('执法人员当场制作了现场检查笔录，对' || village || '村相关物品拍照取证，并依法对' || shop
                 || '的负责人进行了询问，' || reasons[1 + (h4 + kind) % 6] || '。', 1 + h1 % 4)
       || E'\n调查经过：' || extract(year from decided) || '年' || extract(month from decided) || '月，本机关接到群众反映，称'
       || town || village || '村' || shop || facts[1 + (kind + h4) % 12] || '。执法人员经立案审批后开展调查，调取了' || shop
       || '近' || (1 + h3 % 11) || '个月的进货台账和销售记录，并对' || (array['仓库','后厨','门店','车间','货场','办公室'])[1 + h2 % 6]
       || '进行了现场勘验。' || reasons[1 + (h1 + kind) % 6] || '。'
       || E'\n陈述申辩：本机关于' || extract(year from decided) || '年依法向当事人送达了行政处罚事先告知书，告知其拟作出的处罚内容及事实、理由、依据，'
       || (array['当事人在法定期限内未提出陈述申辩意见','当事人提出陈述申辩，称其不知道相关规定，经复核，其理由不能成立，不予采纳','当事人提出听证申请，本机关依法组织了听证，听证中当事人对违法事实无异议','当事人提交了书面陈述意见，请求从轻处罚，经集体讨论，部分予以采纳'])[1 + h3 % 4] || '。'
       || E'\n证据：' || evidence[1 + h1 % 14] || '；' || evidence[1 + h2 % 14] || '；' || evidence[1 + h3 % 14] || '；'
       || evidence[1 + h4 % 14] || '；以上证据相互印证，足以认定违法事实。'
       || E'\n违反条款：当事人的上述行为违反了' || laws[1 + kind] || '的规定。'
       || E'\n处罚依据：依据' || laws[1 + kind] || '及《中华人民共和国行政处罚法》第二十八条的规定。'
       || E'\n裁量理由：' || reasons[1 + (h2 + kind) % 6] || '；' || reasons[1 + (h3 + kind) % 6]
       || '。根据《' || left(item, 12) || '裁量基准》，本案属于' || (array['较轻','一般','较重','严重'])[1 + h4 % 4] || '情形。'
       || E'\n处罚内容：' || penalties[penalty] || '，并责令当事人立即改正违法行为。'
       || E'\n履行方式：当事人应当自收到本决定书之日起十五日内，持本决定书到指定银行或者通过电子支付系统缴纳罚没款。'
       || '到期不缴纳罚款的，本机关将每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。'
       || '当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向郏县人民政府申请行政复议，'
       || '也可以在六个月内依法向郏县人民法院提起行政诉讼。复议和诉讼期间，本处罚决定不停止执行。'
       || repeat('本决定书送达后，当事人应当在' || town || '市场监督管理所的监督下完成整改，整改情况书面报告执法机关。', 1 + h2 % 3)
       as body) b;
