-- 项目收集 from an expression of interest: an accepted interest in the project's demand may be the proposal. The project
-- and the transition that collected it cite the interest.
alter table collaboration_project add column proposal_interest_id uuid references interest (id);
alter table project_transition add column interest_id uuid references interest (id);
