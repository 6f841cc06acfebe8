-- Help-centre topics in other languages than English (issue 19): a Hindi page names its topics in
-- Hindi. Articles need no new table: help_article has had a locale since V7, each (slug, locale)
-- a row with its own versions; the English row is the article, the others its versions in
-- other languages.
CREATE TABLE help_category_locale
(
  category    VARCHAR(60)              NOT NULL REFERENCES help_category (slug) ON DELETE CASCADE,
  locale      VARCHAR(10)              NOT NULL,
  title       VARCHAR(120)             NOT NULL,
  description VARCHAR(500),
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (category, locale)
);
CREATE INDEX help_article_by_locale_idx ON help_article (locale, slug);
