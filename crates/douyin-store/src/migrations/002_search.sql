-- Version 2: full-text search over description, author nickname, music title and hashtags.
-- FTS5 with the trigram tokenizer (substring matching that works for Chinese, which has no
-- spaces between words). Contentless with delete support: the index keeps no second copy of
-- the text, and triggers keep it in step with `posts` on insert, edit and delete.

CREATE VIRTUAL TABLE posts_fts USING fts5 (
    description,
    author_nickname,
    music_title,
    hashtags,
    content = '',
    contentless_delete = 1,
    tokenize = 'trigram'
);

CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
    INSERT INTO posts_fts (rowid, description, author_nickname, music_title, hashtags)
    VALUES (new.id, new.description, new.author_nickname, new.music_title,
            (SELECT group_concat(value, ' ') FROM json_each(new.hashtags)));
END;

CREATE TRIGGER posts_fts_update
AFTER UPDATE OF description, author_nickname, music_title, hashtags ON posts BEGIN
    DELETE FROM posts_fts WHERE rowid = old.id;
    INSERT INTO posts_fts (rowid, description, author_nickname, music_title, hashtags)
    VALUES (new.id, new.description, new.author_nickname, new.music_title,
            (SELECT group_concat(value, ' ') FROM json_each(new.hashtags)));
END;

CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
    DELETE FROM posts_fts WHERE rowid = old.id;
END;

-- Posts recorded at version 1 become searchable.
INSERT INTO posts_fts (rowid, description, author_nickname, music_title, hashtags)
SELECT id, description, author_nickname, music_title,
       (SELECT group_concat(value, ' ') FROM json_each(posts.hashtags))
FROM posts;
