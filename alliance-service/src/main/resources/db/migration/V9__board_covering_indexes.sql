-- The board's capped count reads up to 1001 matching ids: with the validity in the index (and the
-- id in the zone/kind one, for the keyset order) it is an index-only scan instead of a heap visit per row.
drop index board_item_published;
create index board_item_published on board_item (published_at desc, id) include (valid_until) where status = 'PUBLISHED';
drop index board_item_zone_kind;
create index board_item_zone_kind on board_item (zone_code, kind, published_at desc, id) include (valid_until)
    where status = 'PUBLISHED';
