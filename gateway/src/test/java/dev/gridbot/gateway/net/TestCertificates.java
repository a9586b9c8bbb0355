package dev.gridbot.gateway.net;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.util.Base64;

/**
 * Two self-signed test certificates (EC P-256, valid for 100 years), made with
 * {@code keytool -genkeypair -keyalg EC -groupname secp256r1 -validity 36500 -storetype PKCS12}:
 * {@link #NO_IP_SAN} names only {@code localhost} (so it does not match 127.0.0.1), {@link #IP_SAN}
 * names {@code 127.0.0.1}. Store and key password: {@code changeit}.
 */
enum TestCertificates {
    NO_IP_SAN("MIID/AIBAzCCA6YGCSqGSIb3DQEHAaCCA5cEggOTMIIDjzCCASYGCSqGSIb3DQEHAaCCARcEggETMIIBDzCCAQsGCyqGSIb3DQEM" +
            "CgECoIG9MIG6MGYGCSqGSIb3DQEFDTBZMDgGCSqGSIb3DQEFDDArBBS/yMD8qtkDWZ8VZs4nYAjn6nosgAICJxACASAwDAYIKoZI" +
            "hvcNAgkFADAdBglghkgBZQMEASoEEMbkGCzfQXWLbkLhEEJupdkEUEn2rhgJywW0tkalL24APDvRwlnHMS/1z5117hgUhl/TpRcO" +
            "K+jklKxe1cve3JZQBDSmRS4sPv5DyKnwyPEyO5JDHVl5XB8xn892aVdc2k5UMTwwFwYJKoZIhvcNAQkUMQoeCAB0AGUAcwB0MCEG" +
            "CSqGSIb3DQEJFTEUBBJUaW1lIDE3OTUyNTg2MjIwNTYwggJhBgkqhkiG9w0BBwagggJSMIICTgIBADCCAkcGCSqGSIb3DQEHATBm" +
            "BgkqhkiG9w0BBQ0wWTA4BgkqhkiG9w0BBQwwKwQUMQHgcywVVjF20+7u2IjFZbUN3ZACAicQAgEgMAwGCCqGSIb3DQIJBQAwHQYJ" +
            "YIZIAWUDBAEqBBB4JNdcy7COUiZpslZmjclwgIIB0CfIk+nvp6//yjPXoL8A5qNAqptRdIbkZR0WTgQ/YFlYEMjf5HtnQ2eX2V9o" +
            "ib6KHwYMZcryJzdoilEIX8eRd8Qk8S/bABcR9+rs+jo/VovgbkJBYQPwJn3V9QyRROSiWpD5ZQ0btHpTUiFbAbDZU2qkoR8rb0p+" +
            "RqPSp+atbMs8kmf7ihJPpVkTCOOTCmS8HnDcl8GH1xgTZs+kAWzCrS9Lmi0AznmXTWtiBXjrK2+lBqX0S5ZbXpxBkXfGatnNTMgX" +
            "s7h5H6aFv5gYGX+PHV69f4FCrdeaXhlhQnwyDl9ebp6NuQg+WkiMP2y/zxu3LOHOhdyxhzjYXFEqGAjOncMl7y/QaKoFkYl4zRc0" +
            "bqrKoZZGxLiJea0+yoelyFXoXVWT3tCtjovUU9PUqwTG9IumtW7LbUmDZjRV67ebGMDglKr60Uex5QAtXzxAdwvCgfHn3kFGmuvR" +
            "RzedeopKhWXgfcMlXG0XEbv46tQDH+ltBaCpD0u47S0FG8/CouNHogow1WXSYPjEjlAXUjS0KJZkhxKzlW3JctyDEbaz6Glrl8T3" +
            "Q8oVCPLBmBmli5EO6n3UAOCEm7pBwHRPttp5qxo38lL3ZgUdvC/GQpSPOyKiME0wMTANBglghkgBZQMEAgEFAAQgNNGuZj8yRGQl" +
            "f00/nb2cFBOyxbaD8jY2IuIjgl+qqpYEFDR52OiXrgImlMIk2WeRqNIZZvtNAgInEA=="),
    IP_SAN("MIID/AIBAzCCA6YGCSqGSIb3DQEHAaCCA5cEggOTMIIDjzCCASYGCSqGSIb3DQEHAaCCARcEggETMIIBDzCCAQsGCyqGSIb3DQEM" +
            "CgECoIG9MIG6MGYGCSqGSIb3DQEFDTBZMDgGCSqGSIb3DQEFDDArBBRGSQxARyBmSZ6Vh45Dy27B1y8XggICJxACASAwDAYIKoZI" +
            "hvcNAgkFADAdBglghkgBZQMEASoEEGluZojrXBpAt2cuH0WDoaUEUD3FIIKOdRNB4n09242BzMgoqyQLNIM7v99w4+u0vvcpWM6p" +
            "dgFHngFlYmcD/J+nqt7tTXLAuQjpetQSszO9SCS51/VuD0nctSG1ETakwetDMTwwFwYJKoZIhvcNAQkUMQoeCAB0AGUAcwB0MCEG" +
            "CSqGSIb3DQEJFTEUBBJUaW1lIDE3OTUyNTg2MjI3NTIwggJhBgkqhkiG9w0BBwagggJSMIICTgIBADCCAkcGCSqGSIb3DQEHATBm" +
            "BgkqhkiG9w0BBQ0wWTA4BgkqhkiG9w0BBQwwKwQUmN5SY+4DV5SWwTx0xoAuBGfYBgUCAicQAgEgMAwGCCqGSIb3DQIJBQAwHQYJ" +
            "YIZIAWUDBAEqBBDGmS096mbGamEP1IbJicVXgIIB0Bt1uqBqiUl+EERrxSj/DdR7LVvJPiK6G6CNoo4nP7Yr0FY7rPBgVV41+lwn" +
            "AnKowbqFp+KAoy00yuqeJCtMSzaUfZd5ErXsuT9RiU+D6rh+6OMI7At4fJt5pu+AjrD2ZdV90gF26Ar7R9PtM0EdzmITG/XxIYPb" +
            "fdjkqD2swRYP9zmVn5C/wRGOQI0f2ZR2F2j4/glSZjvcZg6LxbKqN85tDFhUX6g1Dfg8NjnCQC/+kI7CicCVKHWoYIFCd2OoGTSq" +
            "GMhdWHqQIBvtKlRvBun99RPuhc9iD0kd2O3FsFVZ0H7NW63adZCxAUn94i2FkwuqEsebgvh2haf7a1zNUogSIksU87AWp0h2Y04L" +
            "Tcdy355JhqEXVbaeYGq4zRPmM1scrLxrf1jkXFwVy88uGw4f1oDKlWsqmpEEAzOjKRyuxxw5zssPlCSiLHgOo9LDY3O+TLCAxewP" +
            "XHM8GIEirEMyycfHUV24kR2UnEIbFl5wQBxWoKJFztmtHa+L2hWyaiI2yUFeJgyrAn4GAHnz0qly7CVmeMVqosD/YxulGM+3uFmf" +
            "wo9TtVfw4m4xItuqaLQvmUmBdfYq4QMSf1rw5rkypQTDCFeyMgvo/h9i71RSME0wMTANBglghkgBZQMEAgEFAAQgwWZoRFbxJypG" +
            "N1K6HcX9B7JT9QyNm4zZ40KWTVrzMPwEFHn7Zk5tYudhYVCI7i4Y5GUhZ+d6AgInEA==");

    private static final char[] PASSWORD = "changeit".toCharArray();
    private final String pkcs12;

    TestCertificates(String pkcs12) {
        this.pkcs12 = pkcs12;
    }

    private KeyStore keyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(Base64.getDecoder().decode(pkcs12)), PASSWORD);
        return store;
    }

    SslContext serverContext() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(), PASSWORD);
        return SslContextBuilder.forServer(keys).build();
    }

    /** Trusts exactly this certificate (instead of the JDK's trust store). */
    TrustManagerFactory trust() throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("test", keyStore().getCertificate("test"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        return trust;
    }
}
