package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each refusal of an instrument names the instrument and the key. */
class InstrumentValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"tickSize", "stepSize", "minQty", "makerFee", "takerFee"})
    void shouldRefuseMissingInstrumentKey(String key) {
        ConfigException e = ConfigYaml.valid().withoutInstrumentKey(key).refused();

        assertEquals("test.yaml: instrument 'BTCUSDT': key '" + key + "': missing", e.getMessage());
        assertEquals("BTCUSDT", e.instrument());
        assertEquals(key, e.key());
    }

    @Test
    void shouldRefuseUnknownInstrumentKey() {
        ConfigYaml.valid().instrument("tickSise", "0.01")
                .assertInstrumentRefused("tickSise", "unknown key (did you mean 'tickSize'?)");
    }

    @Test
    void shouldRefuseInstrumentSizeThatIsNotANumber() {
        ConfigYaml.valid().instrument("stepSize", "small")
                .assertInstrumentRefused("stepSize", "must be a number (was text 'small')");
    }

    @Test
    void shouldRefuseInstrumentThatIsNotAMapping() {
        ConfigException e = ConfigYaml.valid().withoutSection("instruments")
                .topLevel("instruments", "{ BTCUSDT: 0.01 }").refused();

        ConfigYaml.assertRefused(e, "instrument 'BTCUSDT'", null, "BTCUSDT", null, "must be a mapping of tickSize");
    }

    @Test
    void shouldRefuseStepSizeWithMoreThanEighteenDecimals() {
        ConfigYaml.valid().instrument("stepSize", "0.0000000000000000001")
                .assertInstrumentRefused("stepSize", "must have at most 18 decimals (was 0.0000000000000000001)");
    }

    @Test
    void shouldRefuseTickSizeThatIsNotPositive() {
        ConfigYaml.valid().instrument("tickSize", "0")
                .assertInstrumentRefused("tickSize", "must be above zero (was 0)");
    }

    @Test
    void shouldRefuseStepSizeThatIsNotPositive() {
        ConfigYaml.valid().instrument("stepSize", "-0.001")
                .assertInstrumentRefused("stepSize", "must be above zero (was -0.001)");
    }

    @Test
    void shouldRefuseMinQtyThatIsNotPositive() {
        ConfigYaml.valid().instrument("minQty", "0")
                .assertInstrumentRefused("minQty", "must be above zero (was 0)");
    }

    @Test
    void shouldRefuseMinQtyThatIsNotAMultipleOfStepSize() {
        ConfigException e = ConfigYaml.valid().instrument("minQty", "0.0015").refused();

        assertEquals("test.yaml: instrument 'BTCUSDT': key 'minQty': must be a multiple of stepSize 0.001"
                + " (was 0.0015)", e.getMessage());
    }

    @Test
    void shouldRefuseNegativeMakerFee() {
        ConfigYaml.valid().instrument("makerFee", "-0.0001")
                .assertInstrumentRefused("makerFee", "must not be negative (was -0.0001)");
    }

    @Test
    void shouldRefuseNegativeTakerFee() {
        ConfigYaml.valid().instrument("takerFee", "-0.0005")
                .assertInstrumentRefused("takerFee", "must not be negative (was -0.0005)");
    }

    @Test
    void shouldAcceptZeroFees() throws ConfigException {
        GridbotConfig config = ConfigYaml.valid().instrument("makerFee", "0").instrument("takerFee", "0.0").parse();

        assertEquals(0, config.instrument("BTCUSDT").makerFeePpm());
        assertEquals(0, config.instrument("BTCUSDT").takerFeePpm());
    }

    @Test
    void shouldRefuseFeeNotRepresentableInPartsPerMillion() {
        ConfigYaml.valid().instrument("makerFee", "0.0000005").assertInstrumentRefused("makerFee",
                "must be a whole number of parts per million, at most 6 decimals (was 0.0000005)");
    }

    @Test
    void shouldRefuseFeeOfOneOrMore() {
        ConfigYaml.valid().instrument("takerFee", "1").assertInstrumentRefused("takerFee", "must be below 1");
    }

    @Test
    void shouldAcceptFeeWithTrailingZerosBeyondSixDecimals() throws ConfigException {
        InstrumentConfig btc = ConfigYaml.valid().instrument("makerFee", "0.00020000").parse().instrument("BTCUSDT");

        assertEquals(200, btc.makerFeePpm());
    }

    @Test
    void shouldDefaultMinNotionalToZero() throws ConfigException {
        InstrumentConfig btc = ConfigYaml.valid().parse().instrument("BTCUSDT");

        assertEquals(BigDecimal.ZERO, btc.minNotional());
    }

    @Test
    void shouldReadMinNotionalWhenGiven() throws ConfigException {
        InstrumentConfig btc = ConfigYaml.valid().instrument("minNotional", "5").parse().instrument("BTCUSDT");

        assertEquals(new BigDecimal("5"), btc.minNotional());
    }

    @Test
    void shouldRefuseNegativeMinNotional() {
        ConfigYaml.valid().instrument("minNotional", "-5")
                .assertInstrumentRefused("minNotional", "must not be negative (was -5)");
    }

    @Test
    void shouldReadInstrumentNumbersExactly() throws ConfigException {
        InstrumentConfig btc = ConfigYaml.valid().parse().instrument("BTCUSDT");

        assertEquals(new InstrumentConfig("BTCUSDT", new BigDecimal("0.01"), new BigDecimal("0.001"),
                new BigDecimal("0.001"), BigDecimal.ZERO, new BigDecimal("0.0002"), new BigDecimal("0.0005")), btc);
        assertEquals(200, btc.makerFeePpm());
        assertEquals(500, btc.takerFeePpm());
    }
}
