-- 100,000 board items over the 12 zones (5 % withdrawn) and 50 technology offers, for measuring the
-- board and matching at scale. Run against a migrated alliance database:
--   psql -h 127.0.0.1 -p <port> -U <user> -d alliance -f bench/alliance-board-100k.sql
-- Titles, descriptions and keywords are Chinese, so the trigram search works on realistic text.
insert into board_item (id, zone_code, kind, title, description, industries, keywords, contact_name,
                        valid_from, valid_until, status, created_by, created_at, published_at)
select gen_random_uuid(), z.code, (array['DEMAND', 'RESOURCE', 'PROJECT'])[1 + (g / 12) % 3],
       (array['新能源汽车', '动力电池回收', '钒钛新材料', '电子信息', '智能装备', '生物医药', '兽药研发', '数字经济', '工业互联网', '氢能储运'])[1 + g % 10]
           || (array['技术需求', '中试平台', '联合攻关', '成果转化', '检测服务'])[1 + (g / 10) % 5] || ' 第' || g || '号',
       '园区企业寻求' || (array['梯次利用', '正负极材料', '可靠性测试', '零部件配套', '检测分析', '钾离子电池', '催化剂', '传感器', '机器人', '大数据'])[1 + (g / 7) % 10]
           || '方面的成熟技术及合作团队，编号' || g || '。',
       array[(array['新能源', '新材料', '电子信息', '智能制造', '生物医药', '汽车', '数字经济'])[1 + g % 7]]::varchar(50)[],
       array[(array['电池回收', '梯次利用', '钒钛', '中试平台', '可靠性测试', '协同配套', '兽药', '钾离子电池', '氢能', '工业软件'])[1 + g % 10],
             '关键词' || (g % 1000)]::varchar(50)[],
       '联络人', date '2020-12-06', date '2099-12-31', case when g % 20 = 0 then 'WITHDRAWN' else 'PUBLISHED' end, 'bench',
       now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
from generate_series(1, 100000) g
join (select code, row_number() over (order by code) - 1 as n from zone) z on z.n = g % 12;

insert into technology_offer (id, source_type, source_id, source_link, kind, title, summary, disciplines, keywords,
                              partner_types_sought, regions_sought, offered_by, status, published_at)
select gen_random_uuid(), 'bench', g::text, '/bench/' || g, 'OFFER', '钾离子电池成果 ' || g,
       '希望与重庆的汽车企业开展产学研合作，梯次利用。', array['新材料']::varchar[], array['钾离子电池', '梯次利用']::varchar[],
       array['ENTERPRISE']::varchar[], array['CHONGQING']::varchar[], 'bench', 'ACTIVE', now()
from generate_series(1, 50) g;

vacuum analyze board_item;
vacuum analyze technology_offer;
