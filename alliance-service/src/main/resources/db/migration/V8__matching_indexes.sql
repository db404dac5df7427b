-- Matching finds candidates by shared keywords or categories: array overlap (&&) through GIN indexes.
create index board_item_keywords on board_item using gin (keywords);
create index technology_offer_keywords on technology_offer using gin (keywords);
create index technology_offer_disciplines on technology_offer using gin (disciplines);
