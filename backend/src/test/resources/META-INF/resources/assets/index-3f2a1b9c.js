console.log("relance");
