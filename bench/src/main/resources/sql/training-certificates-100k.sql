-- 100,000 certificates (结业证书) of technology-broker programmes, verifiable by the public endpoint
-- /api/training/certificate-verifications/{number}?code=...: each has an enrolled trainee (the schema's
-- foreign keys), a number NTTB-<year>-<sequence> continuing the per-year counter the service draws from, and
-- an 8-character verification code of the service's alphabet (no 0/O, 1/I/L). 100 programmes of 1,000
-- trainees, 2019 to 2025; 1 % revoked. The signed credential of every row is a copy of the demo certificate's
-- (realistic size; these rows are for the printed-number check, not for the credential check).
-- Run by the benchmark (DataLoader) over JDBC against the training database that the service migrated.
create temporary table bench_programme as
select gen_random_uuid() as id, p as n, 2019 + p % 7 as year,
       (array['PRIMARY', 'PRIMARY', 'INTERMEDIATE', 'ADVANCED'])[1 + p % 4] as level,
       (array['成都', '重庆', '绵阳', '德阳', '泸州', '永川', '璧山', '自贡'])[1 + p % 8] as city
from generate_series(0, 99) p;

insert into training_programme (id, name, level, organisers, executors, venue, starts_on, ends_on, capacity, teaching_mode,
                                created_by, created_at)
select id, year || '年' || city || '第' || (1 + n / 8) || '期' || (case level when 'PRIMARY' then '初级' when 'INTERMEDIATE' then '中级' else '高级' end)
           || '技术经纪人培训班',
       level, array['国家技术转移西南中心', city || '市科学技术局']::varchar(200)[],
       array[city || '技术转移服务中心']::varchar(200)[], city || '国家技术转移人才培养基地',
       make_date(year, 1 + n % 12, 5), make_date(year, 1 + n % 12, 19), 1000,
       (array['ONLINE', 'OFFLINE', 'BLENDED'])[1 + n % 3], 'training-admin', make_date(year, 1 + n % 12, 1)::timestamptz
from bench_programme;

create temporary table bench_trainee as
select gen_random_uuid() as enrolment_id, gen_random_uuid() as certificate_id, g, p.id as programme_id, p.year, p.level,
       p.n as programme_n,
       (array['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '谢', '唐', '邓', '冯', '曾', '彭', '蒋', '蔡', '贾', '丁'])[1 + g % 30]
           || (array['子', '晓', '建', '文', '海', '雨', '思', '明', '国', '春', '志', '婷', '俊', '佳', '宇', '欣', '浩', '丽', '军', '涛'])[1 + (g / 30) % 20]
           || case when g % 3 = 0 then '' else (array['华', '平', '琳', '强', '杰', '敏', '磊', '燕', '峰', '慧', '超', '霞', '斌', '静', '鹏', '芳', '勇'])[1 + (g / 600) % 17] end
           as name,
       (array['四川大学', '重庆大学', '电子科技大学', '西南交通大学', '成都高新区科技服务中心', '重庆高新区管委会', '绵阳科技城管委会', '中国科学院成都分院', '四川省技术转移中心', '重庆市科学技术研究院'])[1 + g % 10]
           as organisation,
       array_to_string(array(select substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + floor(random() * 31)::int, 1)
                             from generate_series(1, 8) where g is not null), '') as code
from generate_series(0, 99999) g
join bench_programme p on p.n = g / 1000;

insert into enrolment (id, programme_id, trainee, trainee_name, organisation, status, queue_position, requested_at, enrolled_at)
select enrolment_id, programme_id, 'bench-trainee-' || g, name, organisation, 'ENROLLED', nextval('enrolment_queue'),
       make_date(year, 1 + programme_n % 12, 1)::timestamptz, make_date(year, 1 + programme_n % 12, 1)::timestamptz
from bench_trainee order by g;

insert into certificate (id, number, verification_code, enrolment_id, programme_id, programme_name, level, holder_subject,
                         holder_name, issuer, issued_on, expires_on, credential, issued_by, issued_at, revoked_at, revoked_by,
                         revocation_reason)
select t.certificate_id,
       'NTTB-' || t.year || '-' || lpad((coalesce(c.last_value, 0) + row_number() over (partition by t.year order by t.g))::text, 6, '0'),
       t.code, t.enrolment_id, t.programme_id, p.name, t.level, 'bench-trainee-' || t.g, t.name, '国家技术转移人才培养基地',
       p.ends_on, (p.ends_on + interval '3 years')::date,
       coalesce((select credential from certificate order by issued_at limit 1), 'bench'), 'training-admin',
       p.ends_on::timestamptz + interval '10 hours',
       case when t.g % 100 = 42 then p.ends_on::timestamptz + interval '200 days' end,
       case when t.g % 100 = 42 then 'training-admin' end,
       case when t.g % 100 = 42 then '培训档案信息有误，证书作废重发' end
from bench_trainee t
join training_programme p on p.id = t.programme_id
left join certificate_number_counter c on c.year = t.year;

-- the service draws the next numbers from here: keep it ahead of what was inserted
insert into certificate_number_counter (year, last_value)
select cast(substr(number, 6, 4) as integer), max(cast(substr(number, 11) as bigint)) from certificate group by 1
on conflict (year) do update set last_value = greatest(certificate_number_counter.last_value, excluded.last_value);

vacuum analyze training_programme;
vacuum analyze enrolment;
vacuum analyze certificate;
