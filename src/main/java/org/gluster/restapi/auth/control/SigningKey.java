package org.gluster.restapi.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.function.Supplier;
import org.gluster.restapi.state.StateFiles;

/**
 * The pool's token-signing key pair (RSA 2048), made by the first node that needs it and kept in
 * the state directory (0600), so a session token from any node verifies on every node.
 */
@ApplicationScoped
public class SigningKey {

    static final String FILE = "token-signing-key.pem";

    @Inject
    Supplier<StateFiles> state;

    private volatile Loaded loaded;

    private record Loaded(StateFiles from, RSAKey key) {
    }

    /** The key of the state in use now: read again when the state moved (to shared storage). */
    public RSAKey key() {
        StateFiles files = state.get();
        Loaded current = loaded;
        if (current == null || current.from() != files) {
            synchronized (this) {
                if (loaded == null || loaded.from() != files) {
                    loaded = new Loaded(files, load(files));
                }
                current = loaded;
            }
        }
        return current.key();
    }

    public JWKSet publicKeys() {
        return new JWKSet(key().toPublicJWK());
    }

    private static RSAKey load(StateFiles files) {
        byte[] pem = files.readBytes(FILE).orElseGet(() -> {
            files.createIfAbsent(FILE, generatePem());
            return files.readBytes(FILE).orElseThrow(() -> new IllegalStateException(FILE + " vanished"));
        });
        try {
            String base64 = new String(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE).build();
            return new RSAKey.Builder(withoutId).keyID(withoutId.computeThumbprint().toString()).build();
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | JOSEException e) {
            throw new IllegalStateException("the token-signing key in " + FILE + " cannot be read", e);
        }
    }

    private static byte[] generatePem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
            return pem.getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make an RSA key", e);
        }
    }
}
