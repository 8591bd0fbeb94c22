create schema if not exists entities;

-- GB/T 4754-2017 国民经济行业分类: the 20 sections (门类) and 97 divisions (大类), coded "C" and "C13".
create table entities.industry (
    code     text primary key check (code ~ '^[A-T]([0-9]{2})?$'),
    name     text not null,
    section  text not null check (section ~ '^[A-T]$')
);

insert into entities.industry (code, name, section) values
 ('A','农、林、牧、渔业','A'),('A01','农业','A'),('A02','林业','A'),('A03','畜牧业','A'),('A04','渔业','A'),
 ('A05','农、林、牧、渔专业及辅助性活动','A'),
 ('B','采矿业','B'),('B06','煤炭开采和洗选业','B'),('B07','石油和天然气开采业','B'),('B08','黑色金属矿采选业','B'),
 ('B09','有色金属矿采选业','B'),('B10','非金属矿采选业','B'),('B11','开采专业及辅助性活动','B'),('B12','其他采矿业','B'),
 ('C','制造业','C'),('C13','农副食品加工业','C'),('C14','食品制造业','C'),('C15','酒、饮料和精制茶制造业','C'),
 ('C16','烟草制品业','C'),('C17','纺织业','C'),('C18','纺织服装、服饰业','C'),
 ('C19','皮革、毛皮、羽毛及其制品和制鞋业','C'),('C20','木材加工和木、竹、藤、棕、草制品业','C'),('C21','家具制造业','C'),
 ('C22','造纸和纸制品业','C'),('C23','印刷和记录媒介复制业','C'),('C24','文教、工美、体育和娱乐用品制造业','C'),
 ('C25','石油、煤炭及其他燃料加工业','C'),('C26','化学原料和化学制品制造业','C'),('C27','医药制造业','C'),
 ('C28','化学纤维制造业','C'),('C29','橡胶和塑料制品业','C'),('C30','非金属矿物制品业','C'),
 ('C31','黑色金属冶炼和压延加工业','C'),('C32','有色金属冶炼和压延加工业','C'),('C33','金属制品业','C'),
 ('C34','通用设备制造业','C'),('C35','专用设备制造业','C'),('C36','汽车制造业','C'),
 ('C37','铁路、船舶、航空航天和其他运输设备制造业','C'),('C38','电气机械和器材制造业','C'),
 ('C39','计算机、通信和其他电子设备制造业','C'),('C40','仪器仪表制造业','C'),('C41','其他制造业','C'),
 ('C42','废弃资源综合利用业','C'),('C43','金属制品、机械和设备修理业','C'),
 ('D','电力、热力、燃气及水生产和供应业','D'),('D44','电力、热力生产和供应业','D'),('D45','燃气生产和供应业','D'),
 ('D46','水的生产和供应业','D'),
 ('E','建筑业','E'),('E47','房屋建筑业','E'),('E48','土木工程建筑业','E'),('E49','建筑安装业','E'),
 ('E50','建筑装饰、装修和其他建筑业','E'),
 ('F','批发和零售业','F'),('F51','批发业','F'),('F52','零售业','F'),
 ('G','交通运输、仓储和邮政业','G'),('G53','铁路运输业','G'),('G54','道路运输业','G'),('G55','水上运输业','G'),
 ('G56','航空运输业','G'),('G57','管道运输业','G'),('G58','多式联运和运输代理业','G'),('G59','装卸搬运和仓储业','G'),
 ('G60','邮政业','G'),
 ('H','住宿和餐饮业','H'),('H61','住宿业','H'),('H62','餐饮业','H'),
 ('I','信息传输、软件和信息技术服务业','I'),('I63','电信、广播电视和卫星传输服务','I'),('I64','互联网和相关服务','I'),
 ('I65','软件和信息技术服务业','I'),
 ('J','金融业','J'),('J66','货币金融服务','J'),('J67','资本市场服务','J'),('J68','保险业','J'),('J69','其他金融业','J'),
 ('K','房地产业','K'),('K70','房地产业','K'),
 ('L','租赁和商务服务业','L'),('L71','租赁业','L'),('L72','商务服务业','L'),
 ('M','科学研究和技术服务业','M'),('M73','研究和试验发展','M'),('M74','专业技术服务业','M'),
 ('M75','科技推广和应用服务业','M'),
 ('N','水利、环境和公共设施管理业','N'),('N76','水利管理业','N'),('N77','生态保护和环境治理业','N'),
 ('N78','公共设施管理业','N'),('N79','土地管理业','N'),
 ('O','居民服务、修理和其他服务业','O'),('O80','居民服务业','O'),('O81','机动车、电子产品和日用产品修理业','O'),
 ('O82','其他服务业','O'),
 ('P','教育','P'),('P83','教育','P'),
 ('Q','卫生和社会工作','Q'),('Q84','卫生','Q'),('Q85','社会工作','Q'),
 ('R','文化、体育和娱乐业','R'),('R86','新闻和出版业','R'),('R87','广播、电视、电影和录音制作业','R'),
 ('R88','文化艺术业','R'),('R89','体育','R'),('R90','娱乐业','R'),
 ('S','公共管理、社会保障和社会组织','S'),('S91','中国共产党机关','S'),('S92','国家机构','S'),
 ('S93','人民政协、民主党派','S'),('S94','社会保障','S'),('S95','群众团体、社会团体和其他成员组织','S'),
 ('S96','基层群众自治组织及其他组织','S'),
 ('T','国际组织','T'),('T97','国际组织','T');

-- Every pair of adjacent characters of a name, lower-cased: a GIN index over them finds 2-character Chinese
-- fragments, which pg_trgm cannot (it ignores CJK characters under the C locale).
create function entities.bigrams(value text) returns text[]
    language sql immutable parallel safe strict as $$
    select coalesce(array_agg(distinct substr(lower(value), i, 2)), '{}')
      from generate_series(1, char_length(value) - 1) as i
$$;

-- 行政相对人: enterprises, individual businesses, persons and other organisations. identity_key is what an import
-- updates by: the credit code, or the keyed hash of a person's ID number.
create table entities.party (
    id                    bigint generated always as identity primary key,
    region_code           text    not null check (region_code ~ '^[1-9][0-9]{5}([0-9]{3})?$'),
    kind                  text    not null check (kind in ('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'PERSON',
                                                           'OTHER_ORGANISATION')),
    identity_key          text    not null unique,
    credit_code           text    check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    id_number_cipher      text,
    id_number_masked      text,
    name                  text    not null check (length(name) between 2 and 200),
    name_bigrams          text[]  generated always as (entities.bigrams(name)) stored,
    address               text,
    industry_code         text    references entities.industry (code),
    scale                 text    check (scale in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    five_above            boolean not null default false,
    contact_name          text,
    contact_phone_cipher  text,
    contact_phone_masked  text,
    status                text    not null default 'OPERATING' check (status in ('OPERATING', 'SUSPENDED',
                                                                                 'CANCELLED', 'REVOKED')),
    credit_grade          text    check (credit_grade in ('A', 'B', 'C', 'D')),
    marks                 text[]  not null default '{}',
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               int     not null default 0,
    check ((kind = 'PERSON') = (id_number_cipher is not null)),
    check (kind = 'PERSON' or credit_code is not null)
);
create index party_name_bigrams_idx on entities.party using gin (name_bigrams);
create index party_region_idx on entities.party (region_code);
create index party_industry_idx on entities.party (industry_code);
create index party_grade_idx on entities.party (credit_grade);
create index party_credit_code_idx on entities.party (credit_code);

-- 信用分级 history: every grade a party was given, when, by which source and why.
create table entities.credit_grade_change (
    id           bigint generated always as identity primary key,
    party_id     bigint not null references entities.party (id),
    region_code  text   not null,
    grade        text   not null check (grade in ('A', 'B', 'C', 'D')),
    graded_on    date   not null,
    source       text   not null,
    reason       text,
    recorded_at  timestamptz not null default now()
);
create index grade_change_party_idx on entities.credit_grade_change (party_id, graded_on);
