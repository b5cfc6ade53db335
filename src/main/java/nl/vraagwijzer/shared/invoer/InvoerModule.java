package nl.vraagwijzer.shared.invoer;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;

/**
 * Applies {@link Invoerregels} to every request body the REST layer reads: no string holds a NUL
 * or a lone surrogate, no date lies outside the years the database stores, and no array holds
 * {@code null}. A breach is a {@link OnbruikbareWaarde}, answered as a 400 naming the field.
 */
@Singleton
public class InvoerModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // "leefgebieden": [null] is a client's mistake, not an element to skip or to store
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        SimpleModule module = new SimpleModule("vraagwijzer-invoer");
        module.addDeserializer(String.class, new VeiligeTekst());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return TemporalAccessor.class.isAssignableFrom(description.getBeanClass())
                        ? new DatumInBereik(deserializer)
                        : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Strings as Jackson reads them, refused when {@link Invoerregels#tekstfout} finds a fault. */
    static final class VeiligeTekst extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String tekst = super.deserialize(parser, context);
            if (tekst != null) {
                var fout = Invoerregels.tekstfout(tekst, true);
                if (fout.isPresent()) {
                    throw new OnbruikbareWaarde(parser, fout.get(), String.class);
                }
            }
            return tekst;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** A date or time as Jackson reads it, refused outside {@link Invoerregels#inBereik}. */
    static final class DatumInBereik extends DelegatingDeserializer {

        DatumInBereik(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new DatumInBereik(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object waarde = super.deserialize(parser, context);
            if (waarde instanceof TemporalAccessor datum && !Invoerregels.inBereik(datum)) {
                throw new OnbruikbareWaarde(
                        parser, "ligt buiten het bereik, verwacht " + Invoerregels.DATUM_VERWACHT, waarde.getClass());
            }
            return waarde;
        }
    }
}
