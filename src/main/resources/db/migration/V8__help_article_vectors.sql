-- Sentence embeddings of each article's passages (title, example questions, lead), computed once and
-- shared by every node's index. Keyed by a hash of the passages and the model, so an edit or a new
-- model computes fresh vectors and an unchanged article never pays twice.
CREATE TABLE help_article_vector
(
  article_id   VARCHAR(40) NOT NULL REFERENCES help_article (id) ON DELETE CASCADE,
  content_hash VARCHAR(64) NOT NULL,
  ordinal      INT         NOT NULL,
  embedding    BYTEA       NOT NULL,
  PRIMARY KEY (article_id, content_hash, ordinal)
);
