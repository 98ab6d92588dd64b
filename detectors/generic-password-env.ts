import { defineDetector } from '../src/detector';
import { isRandomPassword } from '../src/validators/assigned-value';
import { isChosenPassword } from '../src/validators/chosen-password';
import { isPlausiblePassword } from '../src/validators/url-credentials';

// A password set as an environment variable INSIDE a line, where generic-password-config (whose
// value runs to the end of the line) does not look: a command's env prefix (`PGPASSWORD=… psql`),
// `docker run -e` / `--env`, a Dockerfile `ENV`, and Ansible inventory variables
// (`web01 ansible_user=deploy ansible_password=…`). Names are environment-style CAPITALS (or
// Ansible's fixed names): Python's `password=hashed` keyword arguments are lowercase variables.
// A person's chosen password counts (the context says "literal"); `$VAR`, `$(cmd)` never do.

const ENV_NAME = '(?:[A-Z0-9]+_)*(?:[A-Z0-9]*PASSWORD|[A-Z0-9]*PASSWD|[A-Z0-9]+_PWD|[A-Z0-9]+_PASS|[A-Z0-9]+_SECRET)';
// https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters
const ANSIBLE_NAME = 'ansible_(?:ssh_|become_)?pass(?:word)?';
const VALUE = `([^\\s"'$\\x60;&|()<>{}\\[\\],\\\\]{6,64})`;

export const genericPasswordEnv = defineDetector({
  id: 'generic-password-env',
  provider: 'Generic',
  title: 'Password set as an environment or inventory variable on a command line',
  severity: 'medium',
  keywords: ['pass', 'pwd', 'secret'],
  pattern: `(?:^|[\\s"'])(?:(?:-e|--env)[ \\t=]+["']?)?(?:${ENV_NAME}|${ANSIBLE_NAME})=["']?${VALUE}["']?(?:[\\s"']|$)`,
  validate: (value) => isPlausiblePassword(value) && (isChosenPassword(value) || isRandomPassword(value)),
  generic: true,
  remediation: 'Change the password where it is used, and pass it from a secret store (a CI secret, Ansible Vault, docker --env-file kept out of the repository) instead.',
  examples: {
    positive: [
      'PGPASSWORD=winter2024 psql -h db.acme-corp.io -U app shop',
      'docker run -d -e POSTGRES_PASSWORD=tangerine42 -p 5432:5432 postgres:16',
      'docker run --env "MYSQL_ROOT_PASSWORD=bluebird77" mysql:8',
      '[web]\nweb01 ansible_host=10.0.4.12 ansible_user=deploy ansible_password=graniteridge7',
      'ansible-playbook site.yml --extra-vars "ansible_become_pass=bluemoon77"',
      'ENV SMTP_PASS=kingfisher42 SMTP_USER=mailer',
    ],
    negative: [
      'PGPASSWORD=$DB_PASSWORD psql -h db -U app shop',
      'docker run -e POSTGRES_PASSWORD=postgres postgres:16', // the image's documented default
      'docker run -e MYSQL_ROOT_PASSWORD=changeme mysql:8',
      'docker run -e POSTGRES_PASSWORD -e POSTGRES_USER postgres', // passed through from the environment
      '    conn = connect(host=h, password=hashed_password)', // a keyword argument: lowercase variables
      'web01 ansible_user=deploy ansible_password="{{ vault_deploy_password }}"',
      'MYSQL_PWD=$(cat /run/secrets/db) mysqldump shop > shop.sql',
    ],
  },
});

export const genericPasswordEnvDetectors = [genericPasswordEnv];
