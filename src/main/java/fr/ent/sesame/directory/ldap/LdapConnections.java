package fr.ent.sesame.directory.ldap;

import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ServerSet;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import fr.ent.sesame.directory.DirectoryUnavailable;
import fr.ent.sesame.settings.LdapSettings;
import fr.ent.sesame.settings.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Connections to the directory: a pool bound as Sésame's service account for searches and resets, and
 * short-lived connections for a person's own change (bound as them). Built at first use from the settings;
 * the pool replaces broken connections by itself, so a directory that comes back is used again without
 * a restart. LDAPS URLs and StartTLS trust the JVM's trust store (the server's, as IT configures it).
 */
@ApplicationScoped
public class LdapConnections {

    private static final Logger LOG = Logger.getLogger("sesame.ldap");

    @Inject
    Settings settings;

    private LDAPConnectionPool pool;
    private ServerSet servers;

    synchronized LDAPConnectionPool pool() {
        if (pool == null) {
            LdapSettings ldap = settings.ldap();
            try {
                servers = serverSet(ldap);
                pool = new LDAPConnectionPool(
                        servers, new SimpleBindRequest(ldap.bindDn(), ldap.bindPassword()), 1, ldap.poolSize());
                pool.setConnectionPoolName("sesame-ldap");
                pool.setRetryFailedOperationsDueToInvalidConnections(true);
                pool.setMaxWaitTimeMillis(ldap.connectTimeout().toMillis());
            } catch (LDAPException | GeneralSecurityException e) {
                servers = null;
                throw new DirectoryUnavailable("connecting to " + ldap.urls(), e);
            }
        }
        return pool;
    }

    /**
     * Reads the root entry through the service account's pool (the readiness check) and says which server
     * answered; {@link DirectoryUnavailable} when none does.
     */
    String probe() {
        LDAPConnectionPool services = pool();
        LDAPConnection connection = null;
        try {
            connection = services.getConnection();
            if (connection.getRootDSE() == null) {
                throw new LDAPException(com.unboundid.ldap.sdk.ResultCode.NO_SUCH_OBJECT, "no root entry");
            }
            String server = connection.getConnectedAddress() + ":" + connection.getConnectedPort();
            services.releaseConnection(connection);
            return server;
        } catch (LDAPException e) {
            if (connection != null) {
                services.releaseDefunctConnection(connection);
            }
            throw new DirectoryUnavailable("reading the root entry", e);
        }
    }

    /** A new connection, not bound, for a person to bind on; the caller closes it. */
    LDAPConnection unboundConnection() {
        pool();
        try {
            return servers.getConnection();
        } catch (LDAPException e) {
            throw new DirectoryUnavailable("connecting", e);
        }
    }

    private static ServerSet serverSet(LdapSettings ldap) throws LDAPException, GeneralSecurityException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) ldap.connectTimeout().toMillis());
        options.setResponseTimeoutMillis(ldap.responseTimeout().toMillis());
        options.setUseSynchronousMode(false);
        String[] hosts = new String[ldap.urls().size()];
        int[] ports = new int[hosts.length];
        boolean ldaps = false;
        for (int i = 0; i < hosts.length; i++) {
            LDAPURL url = new LDAPURL(ldap.urls().get(i));
            hosts[i] = url.getHost();
            ports[i] = url.getPort();
            ldaps |= "ldaps".equalsIgnoreCase(url.getScheme());
        }
        SSLUtil ssl = new SSLUtil(JVMDefaultTrustManager.getInstance());
        if (ldaps) {
            return new FailoverServerSet(hosts, ports, ssl.createSSLSocketFactory(), options);
        }
        if (ldap.startTls()) {
            return new FailoverServerSet(
                    hosts, ports, null, options, null, new StartTLSPostConnectProcessor(ssl.createSSLContext()));
        }
        return new FailoverServerSet(hosts, ports, options);
    }

    @PreDestroy
    synchronized void close() {
        if (pool != null) {
            pool.close();
            LOG.log(Level.FINE, "LDAP connection pool closed");
        }
    }
}
