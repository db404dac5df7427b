-- 100,000 board items over the 12 zones, for measuring the public board (listing, search) at scale.
-- Run by the benchmark (DataLoader) over JDBC against the alliance database that the service migrated;
-- also usable by hand: psql -h 127.0.0.1 -p <port> -U alliance -d alliance -f alliance-board-100k.sql
-- The text is Chinese and varied (fields x topics x kinds x zones, with coprime cycles), so the trigram
-- search works on realistic text: one item in 13 is about 电池回收 (battery recycling), as a popular topic is.
-- Status mix: 93 % published, 5 % withdrawn, 2 % drafts; published over the last two years and valid for one to
-- three years, so that some published items have expired.
insert into board_item (id, zone_code, kind, title, description, industries, keywords, contact_name, contact_phone,
                        contact_email, valid_from, valid_until, status, created_by, created_at, published_at, withdrawn_at)
select gen_random_uuid(), z.code, k.kind,
       z.short || '·' || t.topic || (case k.kind when 'DEMAND' then (array['技术攻关需求', '合作研发需求', '成果引进需求'])[1 + g % 3]
                                                when 'RESOURCE' then (array['中试平台开放共享', '检测认证服务', '大型仪器共享'])[1 + g % 3]
                                                else (array['联合攻关项目', '产业化项目', '共建实验室项目'])[1 + g % 3] end)
           || '（' || '编号' || lpad(g::text, 6, '0') || '）',
       (array['园区企业', '区内龙头企业', '省级专精特新企业', '国家高新技术企业', '科研院所'])[1 + g % 5] || '拟在' || t.field
           || '领域开展' || t.topic || '相关工作，重点解决' || (array['工艺稳定性', '成本控制', '关键材料国产化', '检测标准缺失', '规模化生产', '数据互联互通'])[1 + g % 6]
           || '问题，诚邀具备' || (array['中试验证', '工程化', '检测分析', '软件开发', '装备集成', '临床前评价', '标准制定'])[1 + g % 7]
           || '能力的高校院所或企业合作，合作方式为' || (array['技术转让', '委托开发', '联合攻关', '共建平台', '人才互派'])[1 + g % 5]
           || '，预计投入' || (10 + g % 490) || '万元。',
       array[t.industry]::varchar(50)[],
       array[t.topic, t.field, (array['成渝协同', '双城经济圈', '产学研合作', '科技成果转化'])[1 + g % 4]]::varchar(50)[],
       (array['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '胡', '郭', '何', '罗', '谢'])[1 + g % 18]
           || (array['经理', '主任', '老师', '工程师', '部长'])[1 + g % 5],
       '028-' || lpad((g * 7919 % 100000000)::text, 8, '0'), 'contact' || g || '@example.cn',
       p.at::date, p.at::date + 365 + g % 700,
       case when g % 50 = 7 then 'DRAFT' when g % 20 = 0 then 'WITHDRAWN' else 'PUBLISHED' end,
       'officer-' || z.code, p.at - interval '2 days',
       case when g % 50 = 7 then null else p.at end,
       case when g % 20 = 0 and g % 50 <> 7 then p.at + interval '30 days' end
from generate_series(1, 100000) g
join (select code, replace(name, '高新区', '') as short, row_number() over (order by code) - 1 as n from zone) z on z.n = g % 12
join (select * from (values (0, 'DEMAND'), (1, 'RESOURCE'), (2, 'PROJECT')) v(n, kind)) k on k.n = (g / 12) % 3
join (select n - 1 as n, field, topic, industry from unnest(
        array['新能源汽车', '动力电池', '钒钛新材料', '电子信息', '集成电路', '智能装备', '生物医药', '兽药研发', '数字经济', '工业互联网', '氢能', '节能环保', '现代农业'],
        array['电池回收', '梯次利用', '高纯钒制备', '柔性显示', '芯片封装测试', '工业机器人', '中药现代化', '动物疫苗', '大数据平台', '5G模组', '燃料电池', '固废资源化', '智慧农机'],
        array['新能源', '新能源', '新材料', '电子信息', '电子信息', '智能制造', '生物医药', '生物医药', '数字经济', '数字经济', '新能源', '节能环保', '现代农业'])
        with ordinality as u(field, topic, industry, n)) t on t.n = g % 13
cross join lateral (select date_trunc('minute', now()) - ((g * 37) % 1051200) * interval '1 minute' as at) p;

vacuum analyze board_item;
