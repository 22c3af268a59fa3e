-- Version 6: collected music has its own item kind. Before it, the music items that music-mode
-- jobs listed were recorded as kind 'video'; the items such jobs listed are music (music ids
-- and post ids are different id spaces, and only music mode lists music).

UPDATE posts SET kind = 'music'
WHERE kind = 'video'
  AND aweme_id IN (SELECT jp.aweme_id FROM job_posts jp JOIN jobs j ON j.id = jp.job_id
                   WHERE j.kind = 'music');
