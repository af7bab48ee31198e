/** The controller and its DPO, as the privacy notice names them: the head of the exported register. */
export const controller = {
  name: 'FLEX INSTITUTE SARL',
  address: '25 rue de Ponthieu, 75008 Paris, France',
  registration: 'RCS Paris 890 497 027 00015',
  dpo: {
    title: 'Déléguée à la protection des données',
    address: 'Flex Institute SARL, 25 rue de Ponthieu, 75008 Paris, France',
    email: 'hello@flex.institute',
  },
};
