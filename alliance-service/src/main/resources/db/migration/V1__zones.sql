-- The 12 national high-tech zones that founded the Chengdu–Chongqing Party-building alliance
-- in Chengdu on 2020-12-06 (成渝地区双城经济圈国家高新区党建联盟). Codes are stable identifiers:
-- zone officers' tokens carry them, and every board item names one.
create table zone (
    code      varchar(30)  primary key,
    name      varchar(50)  not null unique,
    region    varchar(10)  not null check (region in ('SICHUAN', 'CHONGQING')),
    joined_on date         not null
);

insert into zone (code, name, region, joined_on) values
    ('chengdu',   '成都高新区',       'SICHUAN',   date '2020-12-06'),
    ('chongqing', '重庆高新区',       'CHONGQING', date '2020-12-06'),
    ('bishan',    '璧山高新区',       'CHONGQING', date '2020-12-06'),
    ('deyang',    '德阳高新区',       'SICHUAN',   date '2020-12-06'),
    ('leshan',    '乐山高新区',       'SICHUAN',   date '2020-12-06'),
    ('luzhou',    '泸州高新区',       'SICHUAN',   date '2020-12-06'),
    ('mianyang',  '绵阳高新区',       'SICHUAN',   date '2020-12-06'),
    ('neijiang',  '内江高新区',       'SICHUAN',   date '2020-12-06'),
    ('panzhihua', '攀枝花钒钛高新区', 'SICHUAN',   date '2020-12-06'),
    ('rongchang', '荣昌高新区',       'CHONGQING', date '2020-12-06'),
    ('yongchuan', '永川高新区',       'CHONGQING', date '2020-12-06'),
    ('zigong',    '自贡高新区',       'SICHUAN',   date '2020-12-06');
