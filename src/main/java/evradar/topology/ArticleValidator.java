package evradar.topology;

import evradar.avro.ArticleEvent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Lets valid articles through and rejects the rest by throwing {@link InvalidArticleException}: the
 * processing-exception handler then writes the original record to the dead-letter topic.
 */
public final class ArticleValidator implements FixedKeyProcessor<String, ArticleEvent, ArticleEvent> {

    private final ArticleValidation validation;
    private FixedKeyProcessorContext<String, ArticleEvent> context;

    public ArticleValidator(ArticleValidation validation) {
        this.validation = validation;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ArticleEvent> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ArticleEvent> record) {
        validation.problem(record.value()).ifPresent(reason -> {
            throw new InvalidArticleException(reason);
        });
        context.forward(record);
    }
}
