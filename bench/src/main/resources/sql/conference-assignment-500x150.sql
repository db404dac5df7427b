-- An assignment proposal at the scale of issue 19: one conference with 500 submitted papers (3 authors each from 80
-- institutions, 4 keywords out of 60 topics, two tracks), 150 experts (5 topics each, one declared institution) and
-- 40 bids per expert (EAGER, WILLING, WILLING, IN_A_PINCH, NOT_WILLING in turn). Run by AssignmentAtScale over JDBC
-- against the conference database that the service migrated; once per database (the conference's edition is fixed).
insert into conference (id, name, edition, city, starts_on, ends_on, organisers, call_opens_on, call_closes_on,
                        created_by, created_at)
values ('b0000000-0000-0000-0000-000000000001', '川渝科技学术大会（分配基准）', 900, '成都', '2026-12-10', '2026-12-11',
        '{四川省科学技术协会}', '2026-09-01', '2026-11-30', 'organiser', now());

insert into conference_track (conference_id, position, code, name)
values ('b0000000-0000-0000-0000-000000000001', 0, 'life-sciences', '生命科学'),
       ('b0000000-0000-0000-0000-000000000001', 1, 'energy-materials', '能源与材料');

insert into paper (id, conference_id, track_code, title, abstract, keywords, status, cross_region, submitted_by,
                   submitted_at, updated_at)
select ('b1000000-0000-0000-0000-' || lpad(p::text, 12, '0'))::uuid, 'b0000000-0000-0000-0000-000000000001',
       (array['life-sciences', 'energy-materials'])[1 + p % 2], '基准论文' || p, '论文摘要',
       array['主题' || (p * 7 % 60), '主题' || (p * 13 % 60), '主题' || (p * 17 % 60), '主题' || (p * 31 % 60)]::varchar(50)[],
       'SUBMITTED', false, 'bench-author', now(), now()
from generate_series(1, 500) p;

insert into paper_author (paper_id, position, name, orcid, institution, region, corresponding)
select ('b1000000-0000-0000-0000-' || lpad(p::text, 12, '0'))::uuid, a, '作者' || ((p * 3 + a * 101) % 2000), null,
       '第' || ((p + a * 37) % 80) || '研究院' || (case when p % 10 = 0 then '。' else '' end), 'SICHUAN', a = 0
from generate_series(1, 500) p, generate_series(0, 2) a;

insert into expert_reviewer (username, name, orcid, institution, region, registered_by, registered_at, expertise,
                             declared_institutions)
select 'bench-expert-' || e, '专家' || e, null, '第' || (e * 7 % 80) || ' 研究院', 'OTHER', 'organiser', now(),
       array['主题' || (e % 60), '主题' || (e * 3 % 60), '主题' || (e * 11 % 60), '主题' || (e * 19 % 60),
             '主题' || (e * 23 % 60)]::varchar(50)[],
       array['第' || (e * 13 % 80) || '研究院']::varchar(200)[]
from generate_series(1, 150) e;

insert into review_bid (id, paper_id, reviewer, level, bid_at)
select gen_random_uuid(), ('b1000000-0000-0000-0000-' || lpad((1 + (e * 41 + b * 13) % 500)::text, 12, '0'))::uuid,
       'bench-expert-' || e, (array['EAGER', 'WILLING', 'WILLING', 'IN_A_PINCH', 'NOT_WILLING'])[1 + (e + b) % 5], now()
from generate_series(1, 150) e, generate_series(0, 39) b
on conflict (paper_id, reviewer) do nothing;

vacuum analyze;
