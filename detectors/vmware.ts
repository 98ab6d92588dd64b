import { defineDetector } from '../src/detector';

export const vmwareViserverPassword = defineDetector({
  id: 'vmware-viserver-password',
  provider: 'VMware',
  title: 'vCenter / ESXi password in Connect-VIServer',
  severity: 'high',
  keywords: ['connect-viserver'],
  // PowerCLI's `Connect-VIServer -Password <literal>`; a `$variable` is not a secret.
  // https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver
  // PowerShell also binds a parameter as `-Password:value`.
  pattern: String.raw`(?i)connect-viserver\b[^\n]{0,200}?-password(?:[ \t]+|:)["']?([^\s"'$\x60|;]{6,64})`,
  minEntropy: 2.5,
  remediation: 'Change the vCenter/ESXi account password (vSphere Client → Administration → Users), and read credentials from a credential store instead.',
  examples: {
    positive: [
      'Connect-VIServer -Server 10.1.1.5 -User administrator@vsphere.local -Password VmH6VX8dpg!',
      '$null = connect-viserver vc.lab.local -user root -password "Md8dUQTy6N1K"',
      "Connect-VIServer -Server esx01 -User root -Password 'BPxdizl1HxkCB2' | Out-Null",
      'Connect-VIServer -Server vc01.acme.local -User svc-backup@vsphere.local -Password:Wk3!vT9qLm',
    ],
    negative: [
      'Connect-VIServer -Server $vc -User $user -Password $password',
      'Connect-VIServer -Server vc01 -Credential $cred',
      'Connect-VIServer -Server vc01 -User root -Password <password>',
      'Connect-VIServer -Server vc01 -User $user -Password:$password',
    ],
  },
});

export const vmwareDetectors = [vmwareViserverPassword];
