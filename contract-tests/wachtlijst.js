// Bridging care is for a referral on a waiting list: the partner, having accepted the referral,
// first puts it on its waiting list (If-Match with the referral's current ETag).
pm.sendRequest({
    url: pm.variables.get('baseUrl') + '/verwijzingen/' + pm.collectionVariables.get('verwijzingId') + '/statuswijzigingen',
    method: 'POST',
    header: {
        'Content-Type': 'application/json',
        'If-Match': pm.collectionVariables.get('verwijzingEtag'),
        'Authorization': 'Bearer ' + pm.variables.get('tokenPartner')
    },
    body: { mode: 'raw', raw: JSON.stringify({ status: 'wachtlijst', verwachteStart: '2027-03-01' }) }
}, function (err, res) {
    if (err || res.code !== 200) {
        throw new Error('waiting list for the referral: ' + (err || res.code + ' ' + res.text()));
    }
    pm.collectionVariables.set('verwijzingEtag', res.headers.get('ETag'));
});
