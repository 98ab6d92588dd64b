import { defineDetector } from '../src/detector';
import { isRandomPassword } from '../src/validators/assigned-value';
import { isChosenPassword } from '../src/validators/chosen-password';
import { isPlausiblePassword } from '../src/validators/url-credentials';

// Secret values typed on kubectl / oc / helm command lines, in scripts, CI files and READMEs.

/**
 * A literal: not a `$VAR` / `$(command)` reference, not a placeholder (`secretpassword`, the
 * Bitnami charts' documentation stand-in), and a password a person chose or a random one.
 */
function isLiteralSecretValue(value: string): boolean {
  return !value.startsWith('$') && isPlausiblePassword(value) && (isChosenPassword(value) || isRandomPassword(value));
}

export const kubernetesSecretFromLiteral = defineDetector({
  id: 'kubernetes-secret-from-literal',
  provider: 'Kubernetes',
  title: 'Secret value in kubectl create secret --from-literal / --docker-password',
  severity: 'high',
  keywords: ['create secret'],
  // `kubectl create secret generic <name> --from-literal=<key>=<value>` (also `oc`), or
  // `create secret docker-registry … --docker-password=<value>`; the command may continue over
  // `\` line ends. The first literal whose key names a credential is the secret.
  // https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/
  pattern: String.raw`(?i)\bcreate\s+secret\s+(?:generic|docker-registry)\b(?:[^\n]|\\\r?\n)*?\s--(?:from-literal[= ]["']?[\w.-]*(?:pass|pwd|secret|token|key|auth|cred)[\w.-]*=|docker-password[= ])["']?([^\s"'\\]+)`,
  validate: isLiteralSecretValue,
  remediation: 'Rotate the credential, then create the Secret from a file kept out of the repository or from a secret manager (External Secrets, SOPS), not from a literal in a script.',
  examples: {
    positive: [
      "kubectl create secret generic db-creds --from-literal=username=app --from-literal=password='Wq8#zLp2Tn'",
      '- run: kubectl -n prod create secret generic api --from-literal=API_TOKEN=Rq3mT7xWz9KcPz6vK1nYr4Qs --dry-run=client -o yaml | kubectl apply -f -',
      'kubectl create secret docker-registry regcred --docker-server=registry.acme-corp.io --docker-username=ci --docker-password=Gh5kW2qZr8Lm --docker-email=ci@acme-corp.io',
      'oc create secret generic smtp \\\n  --from-literal=user=mailer \\\n  --from-literal=smtp-password=tangerine42',
    ],
    negative: [
      'kubectl create secret generic db --from-literal=password="$DB_PASSWORD"',
      'kubectl create secret generic db --from-literal=password=$(openssl rand -base64 24)',
      'kubectl create secret generic db --from-literal=password=<password>',
      'kubectl create secret generic db --from-literal=password=changeme',
      'kubectl create configmap app --from-literal=log_level=debug --from-literal=api_url=https://api.acme-corp.io',
      'kubectl create secret generic tls --from-file=tls.key=./certs/key.pem',
      'kubectl create secret generic app --from-literal=username=admin',
    ],
  },
});

export const helmSetPassword = defineDetector({
  id: 'helm-set-password',
  provider: 'Helm',
  title: 'Password or token in helm install / upgrade --set',
  severity: 'high',
  keywords: ['helm'],
  // `helm upgrade --install app chart --set auth.rootPassword=<value>`; only keys ENDING in a
  // credential word: `existingSecret=db-creds` and `secretName=…` name a Secret, not a value.
  // https://helm.sh/docs/helm/helm_install/
  pattern: String.raw`(?i)\bhelm\s+(?:upgrade|install|template)\b(?:[^\n]|\\\r?\n)*?\s--set(?:-string)?[= ]["']?(?:[\w\[\]-]+\.)*[\w-]*(?:password|passwd|token|api[_-]?key)=["']?([^\s,"'\\]+)`,
  validate: isLiteralSecretValue,
  remediation: 'Rotate the credential, and pass it from a values file kept out of the repository, --set-file, or an existing Secret the chart references.',
  examples: {
    positive: [
      'helm upgrade --install db bitnami/postgresql --set auth.postgresPassword=Wq8#zLp2Tn --set auth.database=app',
      '- run: helm install monitoring prometheus-community/kube-prometheus-stack -n mon --set grafana.adminPassword=tangerine42',
      'helm upgrade app ./chart \\\n  --set image.tag=1.4.2 \\\n  --set-string secrets.apiToken=Rq3mT7xWz9KcPz6vK1nYr4Qs',
    ],
    negative: [
      'helm install db bitnami/postgresql --set auth.postgresPassword=$POSTGRES_PASSWORD',
      'helm install db bitnami/mysql --set auth.rootPassword=secretpassword', // the chart docs' stand-in
      'helm install db bitnami/postgresql --set auth.existingSecret=postgres-auth',
      'helm install app ./chart --set ingress.enabled=true --set replicaCount=3',
      'helm install redis bitnami/redis --set auth.password=${REDIS_PASSWORD}',
    ],
  },
});

export const kubernetesCliDetectors = [kubernetesSecretFromLiteral, helmSetPassword];
