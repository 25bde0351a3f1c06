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
 * the state directory (0600), so a session token from any node verifies on every node. The file is
 * parsed again only when it changed.
 */
@ApplicationScoped
public class SigningKey {

    static final String FILE = "token-signing-key.pem";

    @Inject
    Supplier<StateFiles> state;

    /**
     * The key in the state in use now, checked at each use: a key replaced in the file (on any node,
     * or the state moved to shared storage) is the key from then on.
     */
    public RSAKey key() {
        return state.get().readOrCreate(FILE, RSAKey.class, SigningKey::parse, SigningKey::generatePem);
    }

    /**
     * The key as a read less than the state's recheck window ago found it (StateFiles.readRecent): for the
     * check of a remembered token, which every request makes. A key replaced on another node is the key
     * within the window.
     */
    public RSAKey recentKey() {
        return state.get().readRecent(FILE, RSAKey.class, SigningKey::parse).orElseGet(this::key);
    }

    /** The public half of {@link #recentKey()}: the JWK set's readers cache it for longer than the window anyway. */
    public JWKSet publicKeys() {
        return new JWKSet(recentKey().toPublicJWK());
    }

    private static RSAKey parse(byte[] pem) {
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
