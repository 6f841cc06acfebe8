-- Issue 19 (h19c, decision 0048): the Hinglish and Devanagari examples added to bot/intents.yml,
-- for installations whose intents were loaded before them (a first start loads the file itself,
-- after this runs, and this adds nothing there). Only to a built-in intent that still exists, and
-- never twice (the key is Intents.key: trimmed, spaces single, lower case). Retrain the model
-- (Admin > Bot > Train) for the examples to count.

INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'shop wale ko pay kiya failed aaya par mere khate se rupay kat gaye', 'shop wale ko pay kiya failed aaya par mere khate se rupay kat gaye' FROM bot_intent
    WHERE name = 'failed_payment' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'failed_payment' AND utterance_key = 'shop wale ko pay kiya failed aaya par mere khate se rupay kat gaye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'transaction fail ho gaya lekin bank ka debit sms aaya', 'transaction fail ho gaya lekin bank ka debit sms aaya' FROM bot_intent
    WHERE name = 'failed_payment' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'failed_payment' AND utterance_key = 'transaction fail ho gaya lekin bank ka debit sms aaya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'payment processing me hi atka hua hai ghante bhar se', 'payment processing me hi atka hua hai ghante bhar se' FROM bot_intent
    WHERE name = 'failed_payment' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'failed_payment' AND utterance_key = 'payment processing me hi atka hua hai ghante bhar se');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'pin daalte hi transaction decline ho gaya', 'pin daalte hi transaction decline ho gaya' FROM bot_intent
    WHERE name = 'failed_payment' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'failed_payment' AND utterance_key = 'pin daalte hi transaction decline ho gaya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'पेमेंट फेल हुआ लेकिन बैंक से रुपये कट गए', 'पेमेंट फेल हुआ लेकिन बैंक से रुपये कट गए' FROM bot_intent
    WHERE name = 'failed_payment' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'failed_payment' AND utterance_key = 'पेमेंट फेल हुआ लेकिन बैंक से रुपये कट गए');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'भुगतान अटका हुआ है पैसा खाते से चला गया', 'भुगतान अटका हुआ है पैसा खाते से चला गया' FROM bot_intent
    WHERE name = 'failed_payment' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'failed_payment' AND utterance_key = 'भुगतान अटका हुआ है पैसा खाते से चला गया');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'mera refund kab aayega bata do', 'mera refund kab aayega bata do' FROM bot_intent
    WHERE name = 'refund_status' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'refund_status' AND utterance_key = 'mera refund kab aayega bata do');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'refund ka status check karo please', 'refund ka status check karo please' FROM bot_intent
    WHERE name = 'refund_status' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'refund_status' AND utterance_key = 'refund ka status check karo please');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'seller bol raha refund kar diya par mujhe kuch nahi mila', 'seller bol raha refund kar diya par mujhe kuch nahi mila' FROM bot_intent
    WHERE name = 'refund_status' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'refund_status' AND utterance_key = 'seller bol raha refund kar diya par mujhe kuch nahi mila');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'cancel order ke rupaye abhi tak wapas nahi aaye', 'cancel order ke rupaye abhi tak wapas nahi aaye' FROM bot_intent
    WHERE name = 'refund_status' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'refund_status' AND utterance_key = 'cancel order ke rupaye abhi tak wapas nahi aaye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'रिफंड अभी तक नहीं मिला कब मिलेगा', 'रिफंड अभी तक नहीं मिला कब मिलेगा' FROM bot_intent
    WHERE name = 'refund_status' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'refund_status' AND utterance_key = 'रिफंड अभी तक नहीं मिला कब मिलेगा');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'मेरे पैसे वापस कब तक आएंगे', 'मेरे पैसे वापस कब तक आएंगे' FROM bot_intent
    WHERE name = 'refund_status' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'refund_status' AND utterance_key = 'मेरे पैसे वापस कब तक आएंगे');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'card block kar diya bank ne kyu', 'card block kar diya bank ne kyu' FROM bot_intent
    WHERE name = 'blocked_card' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'blocked_card' AND utterance_key = 'card block kar diya bank ne kyu');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'card har jagah decline ho raha hai', 'card har jagah decline ho raha hai' FROM bot_intent
    WHERE name = 'blocked_card' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'blocked_card' AND utterance_key = 'card har jagah decline ho raha hai');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'zet pay account freeze kyu kar diya', 'zet pay account freeze kyu kar diya' FROM bot_intent
    WHERE name = 'blocked_card' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'blocked_card' AND utterance_key = 'zet pay account freeze kyu kar diya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'card unblock kaise karu', 'card unblock kaise karu' FROM bot_intent
    WHERE name = 'blocked_card' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'blocked_card' AND utterance_key = 'card unblock kaise karu');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'debit card ne achanak kaam karna band kar diya', 'debit card ne achanak kaam karna band kar diya' FROM bot_intent
    WHERE name = 'blocked_card' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'blocked_card' AND utterance_key = 'debit card ne achanak kaam karna band kar diya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'कार्ड से कोई भी पेमेंट नहीं हो रहा ब्लॉक है क्या', 'कार्ड से कोई भी पेमेंट नहीं हो रहा ब्लॉक है क्या' FROM bot_intent
    WHERE name = 'blocked_card' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'blocked_card' AND utterance_key = 'कार्ड से कोई भी पेमेंट नहीं हो रहा ब्लॉक है क्या');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'मेरा कार्ड बंद हो गया है चालू करो', 'मेरा कार्ड बंद हो गया है चालू करो' FROM bot_intent
    WHERE name = 'blocked_card' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'blocked_card' AND utterance_key = 'मेरा कार्ड बंद हो गया है चालू करो');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'अकाउंट फ्रीज हो गया पेमेंट नहीं कर पा रहा', 'अकाउंट फ्रीज हो गया पेमेंट नहीं कर पा रहा' FROM bot_intent
    WHERE name = 'blocked_card' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'blocked_card' AND utterance_key = 'अकाउंट फ्रीज हो गया पेमेंट नहीं कर पा रहा');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'ye payment maine nahi kiya kisi aur ne kiya hai', 'ye payment maine nahi kiya kisi aur ne kiya hai' FROM bot_intent
    WHERE name = 'fraud_or_unauthorised' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'fraud_or_unauthorised' AND utterance_key = 'ye payment maine nahi kiya kisi aur ne kiya hai');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'kisi ne mera card use karke paise kharch kar diye', 'kisi ne mera card use karke paise kharch kar diye' FROM bot_intent
    WHERE name = 'fraud_or_unauthorised' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'fraud_or_unauthorised' AND utterance_key = 'kisi ne mera card use karke paise kharch kar diye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'mere account se anjaan transaction hua hai', 'mere account se anjaan transaction hua hai' FROM bot_intent
    WHERE name = 'fraud_or_unauthorised' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'fraud_or_unauthorised' AND utterance_key = 'mere account se anjaan transaction hua hai');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'fake customer care ne otp lekar paise nikal liye', 'fake customer care ne otp lekar paise nikal liye' FROM bot_intent
    WHERE name = 'fraud_or_unauthorised' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'fraud_or_unauthorised' AND utterance_key = 'fake customer care ne otp lekar paise nikal liye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'bina bataye mere khate se paise kat rahe hain', 'bina bataye mere khate se paise kat rahe hain' FROM bot_intent
    WHERE name = 'fraud_or_unauthorised' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'fraud_or_unauthorised' AND utterance_key = 'bina bataye mere khate se paise kat rahe hain');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'account hack ho gaya lagta hai', 'account hack ho gaya lagta hai' FROM bot_intent
    WHERE name = 'fraud_or_unauthorised' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'fraud_or_unauthorised' AND utterance_key = 'account hack ho gaya lagta hai');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'किसी ने मेरे नाम से पेमेंट कर दिया मुझे पता नहीं', 'किसी ने मेरे नाम से पेमेंट कर दिया मुझे पता नहीं' FROM bot_intent
    WHERE name = 'fraud_or_unauthorised' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'fraud_or_unauthorised' AND utterance_key = 'किसी ने मेरे नाम से पेमेंट कर दिया मुझे पता नहीं');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'यह ट्रांजैक्शन मैंने नहीं किया धोखाधड़ी हुई है', 'यह ट्रांजैक्शन मैंने नहीं किया धोखाधड़ी हुई है' FROM bot_intent
    WHERE name = 'fraud_or_unauthorised' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'fraud_or_unauthorised' AND utterance_key = 'यह ट्रांजैक्शन मैंने नहीं किया धोखाधड़ी हुई है');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'kisi aadmi ko bulao chat pe', 'kisi aadmi ko bulao chat pe' FROM bot_intent
    WHERE name = 'talk_to_human' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'talk_to_human' AND utterance_key = 'kisi aadmi ko bulao chat pe');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'agent se connect karo', 'agent se connect karo' FROM bot_intent
    WHERE name = 'talk_to_human' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'talk_to_human' AND utterance_key = 'agent se connect karo');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'robot se nahi kisi staff member se baat karwao', 'robot se nahi kisi staff member se baat karwao' FROM bot_intent
    WHERE name = 'talk_to_human' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'talk_to_human' AND utterance_key = 'robot se nahi kisi staff member se baat karwao');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'customer care se baat karwa do', 'customer care se baat karwa do' FROM bot_intent
    WHERE name = 'talk_to_human' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'talk_to_human' AND utterance_key = 'customer care se baat karwa do');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'किसी एजेंट से बात कराइए', 'किसी एजेंट से बात कराइए' FROM bot_intent
    WHERE name = 'talk_to_human' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'talk_to_human' AND utterance_key = 'किसी एजेंट से बात कराइए');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'मुझे इंसान से बात करनी है बॉट से नहीं', 'मुझे इंसान से बात करनी है बॉट से नहीं' FROM bot_intent
    WHERE name = 'talk_to_human' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'talk_to_human' AND utterance_key = 'मुझे इंसान से बात करनी है बॉट से नहीं');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'namaste bhaiya', 'namaste bhaiya' FROM bot_intent
    WHERE name = 'greeting' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'greeting' AND utterance_key = 'namaste bhaiya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'hello ji zet pay', 'hello ji zet pay' FROM bot_intent
    WHERE name = 'greeting' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'greeting' AND utterance_key = 'hello ji zet pay');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'hi bhaiya kaise ho', 'hi bhaiya kaise ho' FROM bot_intent
    WHERE name = 'greeting' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'greeting' AND utterance_key = 'hi bhaiya kaise ho');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'नमस्ते जी कोई है', 'नमस्ते जी कोई है' FROM bot_intent
    WHERE name = 'greeting' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'greeting' AND utterance_key = 'नमस्ते जी कोई है');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'हेलो भैया', 'हेलो भैया' FROM bot_intent
    WHERE name = 'greeting' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'greeting' AND utterance_key = 'हेलो भैया');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'dhanyawad bhai', 'dhanyawad bhai' FROM bot_intent
    WHERE name = 'thanks' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'thanks' AND utterance_key = 'dhanyawad bhai');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'shukriya madad ke liye', 'shukriya madad ke liye' FROM bot_intent
    WHERE name = 'thanks' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'thanks' AND utterance_key = 'shukriya madad ke liye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'thank you ji ho gaya', 'thank you ji ho gaya' FROM bot_intent
    WHERE name = 'thanks' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'thanks' AND utterance_key = 'thank you ji ho gaya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'bahut dhanyavad kaam ho gaya', 'bahut dhanyavad kaam ho gaya' FROM bot_intent
    WHERE name = 'thanks' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'thanks' AND utterance_key = 'bahut dhanyavad kaam ho gaya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'धन्यवाद जी', 'धन्यवाद जी' FROM bot_intent
    WHERE name = 'thanks' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'thanks' AND utterance_key = 'धन्यवाद जी');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'आपकी मदद के लिए शुक्रिया', 'आपकी मदद के लिए शुक्रिया' FROM bot_intent
    WHERE name = 'thanks' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'thanks' AND utterance_key = 'आपकी मदद के लिए शुक्रिया');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'upi ka pin bhul gaya ab kya karu', 'upi ka pin bhul gaya ab kya karu' FROM bot_intent
    WHERE name = 'upi_pin' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'upi_pin' AND utterance_key = 'upi ka pin bhul gaya ab kya karu');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'upi pin kaise badle', 'upi pin kaise badle' FROM bot_intent
    WHERE name = 'upi_pin' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'upi_pin' AND utterance_key = 'upi pin kaise badle');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'naya upi pin banana hai', 'naya upi pin banana hai' FROM bot_intent
    WHERE name = 'upi_pin' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'upi_pin' AND utterance_key = 'naya upi pin banana hai');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'upi pin reset nahi ho raha', 'upi pin reset nahi ho raha' FROM bot_intent
    WHERE name = 'upi_pin' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'upi_pin' AND utterance_key = 'upi pin reset nahi ho raha');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'यूपीआई पिन भूल गया हूं नया कैसे बनाऊं', 'यूपीआई पिन भूल गया हूं नया कैसे बनाऊं' FROM bot_intent
    WHERE name = 'upi_pin' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'upi_pin' AND utterance_key = 'यूपीआई पिन भूल गया हूं नया कैसे बनाऊं');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'यूपीआई पिन बदलना है', 'यूपीआई पिन बदलना है' FROM bot_intent
    WHERE name = 'upi_pin' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'upi_pin' AND utterance_key = 'यूपीआई पिन बदलना है');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'wallet me paise add nahi hue', 'wallet me paise add nahi hue' FROM bot_intent
    WHERE name = 'wallet_topup' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wallet_topup' AND utterance_key = 'wallet me paise add nahi hue');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'wallet ka top up fail hua paise atak gaye', 'wallet ka top up fail hua paise atak gaye' FROM bot_intent
    WHERE name = 'wallet_topup' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wallet_topup' AND utterance_key = 'wallet ka top up fail hua paise atak gaye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'bank se kat gaye par wallet me nahi aaye', 'bank se kat gaye par wallet me nahi aaye' FROM bot_intent
    WHERE name = 'wallet_topup' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wallet_topup' AND utterance_key = 'bank se kat gaye par wallet me nahi aaye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'wallet balance me paise nahi dikh rahe', 'wallet balance me paise nahi dikh rahe' FROM bot_intent
    WHERE name = 'wallet_topup' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wallet_topup' AND utterance_key = 'wallet balance me paise nahi dikh rahe');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'वॉलेट में पैसे नहीं आए', 'वॉलेट में पैसे नहीं आए' FROM bot_intent
    WHERE name = 'wallet_topup' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wallet_topup' AND utterance_key = 'वॉलेट में पैसे नहीं आए');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'वॉलेट में ऐड मनी फेल हो गई', 'वॉलेट में ऐड मनी फेल हो गई' FROM bot_intent
    WHERE name = 'wallet_topup' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wallet_topup' AND utterance_key = 'वॉलेट में ऐड मनी फेल हो गई');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'kyc kaise complete kare', 'kyc kaise complete kare' FROM bot_intent
    WHERE name = 'kyc' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'kyc' AND utterance_key = 'kyc kaise complete kare');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'kyc ke liye kaunse document chahiye', 'kyc ke liye kaunse document chahiye' FROM bot_intent
    WHERE name = 'kyc' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'kyc' AND utterance_key = 'kyc ke liye kaunse document chahiye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'mera kyc verify nahi hua', 'mera kyc verify nahi hua' FROM bot_intent
    WHERE name = 'kyc' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'kyc' AND utterance_key = 'mera kyc verify nahi hua');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'full kyc karna hai', 'full kyc karna hai' FROM bot_intent
    WHERE name = 'kyc' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'kyc' AND utterance_key = 'full kyc karna hai');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'केवाईसी कैसे पूरा करें', 'केवाईसी कैसे पूरा करें' FROM bot_intent
    WHERE name = 'kyc' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'kyc' AND utterance_key = 'केवाईसी कैसे पूरा करें');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'केवाईसी रिजेक्ट हो गया क्या करूं', 'केवाईसी रिजेक्ट हो गया क्या करूं' FROM bot_intent
    WHERE name = 'kyc' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'kyc' AND utterance_key = 'केवाईसी रिजेक्ट हो गया क्या करूं');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'mobile ka recharge nahi laga aur balance se rupay chale gaye', 'mobile ka recharge nahi laga aur balance se rupay chale gaye' FROM bot_intent
    WHERE name = 'recharge_failed' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'recharge_failed' AND utterance_key = 'mobile ka recharge nahi laga aur balance se rupay chale gaye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'recharge successful dikha par plan nahi laga', 'recharge successful dikha par plan nahi laga' FROM bot_intent
    WHERE name = 'recharge_failed' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'recharge_failed' AND utterance_key = 'recharge successful dikha par plan nahi laga');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'dth recharge nahi hua', 'dth recharge nahi hua' FROM bot_intent
    WHERE name = 'recharge_failed' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'recharge_failed' AND utterance_key = 'dth recharge nahi hua');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'jio ka recharge pending hai', 'jio ka recharge pending hai' FROM bot_intent
    WHERE name = 'recharge_failed' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'recharge_failed' AND utterance_key = 'jio ka recharge pending hai');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'मोबाइल रिचार्ज फेल हो गया', 'मोबाइल रिचार्ज फेल हो गया' FROM bot_intent
    WHERE name = 'recharge_failed' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'recharge_failed' AND utterance_key = 'मोबाइल रिचार्ज फेल हो गया');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'रिचार्ज हुआ पर प्लान चालू नहीं हुआ', 'रिचार्ज हुआ पर प्लान चालू नहीं हुआ' FROM bot_intent
    WHERE name = 'recharge_failed' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'recharge_failed' AND utterance_key = 'रिचार्ज हुआ पर प्लान चालू नहीं हुआ');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'app mein login hi nahi hota', 'app mein login hi nahi hota' FROM bot_intent
    WHERE name = 'app_login_problem' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'app_login_problem' AND utterance_key = 'app mein login hi nahi hota');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'passcode bhool gaya app ka', 'passcode bhool gaya app ka' FROM bot_intent
    WHERE name = 'app_login_problem' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'app_login_problem' AND utterance_key = 'passcode bhool gaya app ka');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'app khulte hi band ho jata hai', 'app khulte hi band ho jata hai' FROM bot_intent
    WHERE name = 'app_login_problem' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'app_login_problem' AND utterance_key = 'app khulte hi band ho jata hai');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'login karte time error aa raha', 'login karte time error aa raha' FROM bot_intent
    WHERE name = 'app_login_problem' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'app_login_problem' AND utterance_key = 'login karte time error aa raha');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'लॉगिन करने पर ऐप एरर देता है', 'लॉगिन करने पर ऐप एरर देता है' FROM bot_intent
    WHERE name = 'app_login_problem' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'app_login_problem' AND utterance_key = 'लॉगिन करने पर ऐप एरर देता है');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'ऐप खोलते ही बंद हो जाता है', 'ऐप खोलते ही बंद हो जाता है' FROM bot_intent
    WHERE name = 'app_login_problem' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'app_login_problem' AND utterance_key = 'ऐप खोलते ही बंद हो जाता है');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'mangaya hua card ab tak nahi pahuncha', 'mangaya hua card ab tak nahi pahuncha' FROM bot_intent
    WHERE name = 'card_not_arrived' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'card_not_arrived' AND utterance_key = 'mangaya hua card ab tak nahi pahuncha');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'zet pay card bheja gaya ya nahi status kya hai', 'zet pay card bheja gaya ya nahi status kya hai' FROM bot_intent
    WHERE name = 'card_not_arrived' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'card_not_arrived' AND utterance_key = 'zet pay card bheja gaya ya nahi status kya hai');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'card order kiye 10 din ho gaye delivery nahi hui', 'card order kiye 10 din ho gaye delivery nahi hui' FROM bot_intent
    WHERE name = 'card_not_arrived' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'card_not_arrived' AND utterance_key = 'card order kiye 10 din ho gaye delivery nahi hui');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'card dispatch hua ki nahi kaise pata kare', 'card dispatch hua ki nahi kaise pata kare' FROM bot_intent
    WHERE name = 'card_not_arrived' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'card_not_arrived' AND utterance_key = 'card dispatch hua ki nahi kaise pata kare');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'कार्ड का ऑर्डर दिया था डिलीवरी नहीं हुई', 'कार्ड का ऑर्डर दिया था डिलीवरी नहीं हुई' FROM bot_intent
    WHERE name = 'card_not_arrived' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'card_not_arrived' AND utterance_key = 'कार्ड का ऑर्डर दिया था डिलीवरी नहीं हुई');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'कार्ड की डिलीवरी कब होगी', 'कार्ड की डिलीवरी कब होगी' FROM bot_intent
    WHERE name = 'card_not_arrived' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'card_not_arrived' AND utterance_key = 'कार्ड की डिलीवरी कब होगी');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'otp aana ruk gaya', 'otp aana ruk gaya' FROM bot_intent
    WHERE name = 'otp_not_received' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'otp_not_received' AND utterance_key = 'otp aana ruk gaya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'mobile pe otp nahi aaya', 'mobile pe otp nahi aaya' FROM bot_intent
    WHERE name = 'otp_not_received' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'otp_not_received' AND utterance_key = 'mobile pe otp nahi aaya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'code dobara bhejne pe bhi nahi aata', 'code dobara bhejne pe bhi nahi aata' FROM bot_intent
    WHERE name = 'otp_not_received' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'otp_not_received' AND utterance_key = 'code dobara bhejne pe bhi nahi aata');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'login otp nahi milta', 'login otp nahi milta' FROM bot_intent
    WHERE name = 'otp_not_received' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'otp_not_received' AND utterance_key = 'login otp nahi milta');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'ओटीपी का मैसेज नहीं आता', 'ओटीपी का मैसेज नहीं आता' FROM bot_intent
    WHERE name = 'otp_not_received' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'otp_not_received' AND utterance_key = 'ओटीपी का मैसेज नहीं आता');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'मोबाइल पर ओटीपी नहीं मिला', 'मोबाइल पर ओटीपी नहीं मिला' FROM bot_intent
    WHERE name = 'otp_not_received' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'otp_not_received' AND utterance_key = 'मोबाइल पर ओटीपी नहीं मिला');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'galti se galat number pe paise bhej diye', 'galti se galat number pe paise bhej diye' FROM bot_intent
    WHERE name = 'wrong_recipient' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wrong_recipient' AND utterance_key = 'galti se galat number pe paise bhej diye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'kisi aur ko paise chale gaye wapas chahiye', 'kisi aur ko paise chale gaye wapas chahiye' FROM bot_intent
    WHERE name = 'wrong_recipient' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wrong_recipient' AND utterance_key = 'kisi aur ko paise chale gaye wapas chahiye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'galat upi id daal di paise kisi aur ke khate me gaye', 'galat upi id daal di paise kisi aur ke khate me gaye' FROM bot_intent
    WHERE name = 'wrong_recipient' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wrong_recipient' AND utterance_key = 'galat upi id daal di paise kisi aur ke khate me gaye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'maine galat account me transfer kar diya', 'maine galat account me transfer kar diya' FROM bot_intent
    WHERE name = 'wrong_recipient' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wrong_recipient' AND utterance_key = 'maine galat account me transfer kar diya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'jise bhejna tha uske paas nahi pahuncha kisi aur ke paas chala gaya', 'jise bhejna tha uske paas nahi pahuncha kisi aur ke paas chala gaya' FROM bot_intent
    WHERE name = 'wrong_recipient' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wrong_recipient' AND utterance_key = 'jise bhejna tha uske paas nahi pahuncha kisi aur ke paas chala gaya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'galat upi id pe payment chala gaya wapas dilao', 'galat upi id pe payment chala gaya wapas dilao' FROM bot_intent
    WHERE name = 'wrong_recipient' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wrong_recipient' AND utterance_key = 'galat upi id pe payment chala gaya wapas dilao');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'नंबर गलत टाइप हो गया और पैसा किसी और को चला गया', 'नंबर गलत टाइप हो गया और पैसा किसी और को चला गया' FROM bot_intent
    WHERE name = 'wrong_recipient' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wrong_recipient' AND utterance_key = 'नंबर गलत टाइप हो गया और पैसा किसी और को चला गया');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'मैंने गलत खाते में पैसे भेज दिए वापस चाहिए', 'मैंने गलत खाते में पैसे भेज दिए वापस चाहिए' FROM bot_intent
    WHERE name = 'wrong_recipient' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'wrong_recipient' AND utterance_key = 'मैंने गलत खाते में पैसे भेज दिए वापस चाहिए');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'ek transaction ke liye dobara charge lag gaya', 'ek transaction ke liye dobara charge lag gaya' FROM bot_intent
    WHERE name = 'charged_twice' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'charged_twice' AND utterance_key = 'ek transaction ke liye dobara charge lag gaya');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'double paisa kat gaya ek hi bill ka', 'double paisa kat gaya ek hi bill ka' FROM bot_intent
    WHERE name = 'charged_twice' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'charged_twice' AND utterance_key = 'double paisa kat gaya ek hi bill ka');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'ek hi order ka 2 baar charge hua', 'ek hi order ka 2 baar charge hua' FROM bot_intent
    WHERE name = 'charged_twice' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'charged_twice' AND utterance_key = 'ek hi order ka 2 baar charge hua');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'merchant ne do baar paise le liye', 'merchant ne do baar paise le liye' FROM bot_intent
    WHERE name = 'charged_twice' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'charged_twice' AND utterance_key = 'merchant ne do baar paise le liye');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'एक पेमेंट के दो बार पैसे कटे', 'एक पेमेंट के दो बार पैसे कटे' FROM bot_intent
    WHERE name = 'charged_twice' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'charged_twice' AND utterance_key = 'एक पेमेंट के दो बार पैसे कटे');
INSERT INTO bot_example (intent_name, utterance, utterance_key) SELECT name, 'डबल चार्ज हो गया है', 'डबल चार्ज हो गया है' FROM bot_intent
    WHERE name = 'charged_twice' AND NOT EXISTS (SELECT 1 FROM bot_example WHERE intent_name = 'charged_twice' AND utterance_key = 'डबल चार्ज हो गया है');
