package evradar.topology;

import evradar.avro.ArticleEvent;

import java.time.Instant;

/** Test articles. */
final class Articles {

    private Articles() {
    }

    static ArticleEvent article(String id, String publishedAt) {
        return article(id, publishedAt, "Wire");
    }

    static ArticleEvent article(String id, String publishedAt, String source) {
        return ArticleEvent.newBuilder()
                .setId(id)
                .setSource(source)
                .setUrl(null)
                .setPublishedAt(Instant.parse(publishedAt))
                .setTitle("Title of " + id)
                .setBody("Body of " + id + ".")
                .build();
    }
}
